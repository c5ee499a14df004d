// Cardholder account: the payments made with the signed-in cardholder's email address.
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { SiteHeader } from "@/components/site-header";
import { SignOutButton } from "@/components/auth/signout-button";
import { cardholderPayments } from "@/lib/account/payments";
import { requireCardholder } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { fill, formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/payments/money";
import { PaymentStatusSchema } from "@/lib/payments/states";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireCardholder();
  const [{ locale, m }, payments] = await Promise.all([getI18n(), cardholderPayments(await db(), user.email)]);
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <PageHeading title={m.account.title} back={{ href: "/", label: m.common.home }}>
          <SignOutButton label={m.auth.signOut} />
        </PageHeading>
        <p className="mt-2 break-words text-stone-700">{fill(m.auth.signedInAs, { email: user.email })}</p>
        <p className="mt-2">
          <Link href="/account/cards" className="text-brand underline">
            {m.cards.link}
          </Link>
        </p>
        <h2 className="mt-6 text-lg font-semibold">{m.account.payments}</h2>
        {payments.length === 0 ? (
          <p className="mt-2">{m.account.noPayments}</p>
        ) : (
          <table className="mt-2 w-full border-collapse bg-white text-sm cards-below-sm">
            <thead>
              <tr className="border-b text-left">
                <th scope="col" className="p-2">{m.account.date}</th>
                <th scope="col" className="p-2">{m.account.merchant}</th>
                <th scope="col" className="p-2">{m.account.description}</th>
                <th scope="col" className="p-2 sm:text-right">{m.account.amount}</th>
                <th scope="col" className="p-2">{m.account.status}</th>
              </tr>
            </thead>
            <tbody>
              {payments.map((p) => {
                const status = PaymentStatusSchema.safeParse(p.status);
                return (
                  <tr key={p.id} className="border-b" data-testid="account-payment">
                    <td data-label={m.account.date} className="p-2">{formatDate(p.createdAt, locale)}</td>
                    <td data-label={m.account.merchant} className="p-2">{p.merchant}</td>
                    <td data-label={m.account.description} className="p-2">{p.description}</td>
                    <td data-label={m.account.amount} className="p-2 sm:text-right">{formatMoney(p.amount, "EUR", locale)}</td>
                    <td data-label={m.account.status} className="p-2">{status.success ? m.checkout.status[status.data] : p.status}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </main>
    </>
  );
}
