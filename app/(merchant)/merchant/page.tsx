// Merchant back office (staff only): the merchant's latest payments.
import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/signout-button";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { requireStaff } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { merchantPayments } from "@/lib/merchant/payments";
import { formatMoney } from "@/lib/payments/money";
import { merchantStatusLabel } from "@/lib/payments/merchant-status";
import { PROVIDER_NAMES, ProviderIdSchema } from "@/lib/payments/providers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payments" };

export default async function MerchantPaymentsPage() {
  const user = await requireStaff();
  const prisma = await db();
  const [{ locale, m }, merchant, payments] = await Promise.all([
    getI18n(),
    prisma.merchant.findUniqueOrThrow({ where: { id: user.merchantId } }),
    merchantPayments(prisma, user.merchantId),
  ]);
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <span className="text-xl font-semibold">{merchant.name} · back office</span>
          <span className="flex items-center gap-3">
            <LanguageSwitcher locale={locale} label={m.common.language} submitLabel={m.common.change} />
            <SignOutButton label={m.auth.signOut} />
          </span>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-bold">Payments</h1>
        <p className="mt-1 text-stone-700">
          Signed in as {user.email} ·{" "}
          <Link href="/merchant/settings" className="text-brand underline">
            Checkout settings
          </Link>
          {" · "}
          <Link href="/merchant/cards" className="text-brand underline">
            {m.merchantCards.nav}
          </Link>
        </p>
        <table className="mt-4 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">Created</th>
              <th scope="col" className="p-2">Payment</th>
              <th scope="col" className="p-2">Reference</th>
              <th scope="col" className="p-2">Provider</th>
              <th scope="col" className="p-2 text-right">Amount</th>
              <th scope="col" className="p-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {payments.map((p) => {
              const provider = ProviderIdSchema.safeParse(p.provider);
              return (
                <tr key={p.id} className="border-b" data-testid="merchant-payment">
                  <td className="p-2">{p.createdAt.toLocaleString("en-GB", { timeZone: "Europe/Brussels" })}</td>
                  <td className="p-2 font-mono">{p.id}</td>
                  <td className="p-2">{p.checkout.merchantReference}</td>
                  <td className="p-2">{provider.success ? PROVIDER_NAMES[provider.data] : p.provider}</td>
                  <td className="p-2 text-right">{formatMoney(p.amount, "EUR", "en")}</td>
                  <td className="p-2">{merchantStatusLabel(p)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </main>
    </>
  );
}
