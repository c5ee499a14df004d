// Merchant back office (staff only): the merchant's payments, searched and filtered, a page at a time.
import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/signout-button";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { PaymentsFilter } from "@/components/merchant/payments-filter";
import { PaymentsTable } from "@/components/merchant/payments-table";
import { requireStaff } from "@/lib/access/pages";
import { encodeCursor } from "@/lib/backoffice/cursor";
import { backOfficeMessages } from "@/lib/backoffice/messages";
import { parsePaymentQuery, queryParams } from "@/lib/backoffice/payment-query";
import { searchPayments } from "@/lib/backoffice/search-payments";
import { db } from "@/lib/db/client";
import { fill, labelled } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payments" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function MerchantPaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireStaff();
  const prisma = await db();
  const [{ locale, m }, merchant, params] = await Promise.all([getI18n(), prisma.merchant.findUniqueOrThrow({ where: { id: user.merchantId } }), searchParams]);
  const t = backOfficeMessages(locale);
  const parsed = parsePaymentQuery(params);
  const result = parsed.ok ? await searchPayments(prisma, user.merchantId, parsed.query) : null;
  const raw = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const base = parsed.ok ? queryParams(parsed.query) : new URLSearchParams();
  const withAfter = (after: string) => {
    const p = new URLSearchParams(base);
    p.set("after", after);
    return `/merchant?${p}`;
  };
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <span className="text-xl font-semibold">
            {merchant.name} · {t.backOffice}
          </span>
          <span className="flex flex-wrap items-center gap-3">
            <LanguageSwitcher locale={locale} label={m.common.language} submitLabel={m.common.change} />
            <SignOutButton label={m.auth.signOut} />
          </span>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="mt-1 break-words text-stone-700">
          {fill(t.signedInAs, { email: user.email })} ·{" "}
          <Link href="/merchant/settings" className="text-brand underline">
            {t.settings}
          </Link>
          {" · "}
          <Link href="/merchant/cards" className="text-brand underline">
            {m.merchantCards.nav}
          </Link>
          {" · "}
          <Link href="/merchant/requests" className="text-brand underline">
            {t.inbox.nav}
          </Link>
          {" · "}
          <Link href="/merchant/overview" className="text-brand underline">
            {t.overview.nav}
          </Link>
        </p>
        <PaymentsFilter t={t} raw={raw} locale={locale} />
        {!parsed.ok && (
          <div role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3">
            <p>{t.invalid}</p>
            <ul className="list-disc pl-5">
              {parsed.errors.map((e) => {
                const f = (e.field in t.fields ? e.field : "query") as keyof typeof t.fields;
                return (
                  <li key={e.field}>
                    {labelled(t.fields[f], t.fieldHints[f], locale)}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {result && (
          <>
            <p className="mt-4">
              <a href={`/merchant/payments/export?${base}`} className="text-brand underline" download>
                {t.exportCsv}
              </a>
            </p>
            {result.rows.length === 0 ? <p className="mt-4">{t.none}</p> : <PaymentsTable rows={result.rows} t={t} locale={locale} />}
            <nav aria-label={t.title} className="mt-4 flex gap-4">
              {parsed.ok && parsed.query.after && (
                <a href={`/merchant?${base}`} className="text-brand underline">
                  {t.first}
                </a>
              )}
              {result.next && (
                <a href={withAfter(encodeCursor(result.next))} className="text-brand underline" rel="next">
                  {t.next}
                </a>
              )}
            </nav>
          </>
        )}
      </main>
    </>
  );
}
