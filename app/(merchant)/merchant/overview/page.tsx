// Back office (staff only): today or the last 7 days of the merchant's payments, as totals and charts.
import type { Metadata } from "next";
import Link from "next/link";
import { AmountsTable } from "@/components/merchant/amounts-table";
import { BarsAcross, BarsUpright, StateLegend } from "@/components/merchant/overview-chart";
import { requireStaff } from "@/lib/access/pages";
import { backOfficeMessages } from "@/lib/backoffice/messages";
import { loadOverview, parseOverviewQuery, PERIODS, totalOf } from "@/lib/backoffice/overview";
import { db } from "@/lib/db/client";
import { fill } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/payments/money";
import { storedProviderName } from "@/lib/payments/providers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function MerchantOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireStaff();
  const [{ locale }, params] = await Promise.all([getI18n(), searchParams]);
  const t = backOfficeMessages(locale);
  const m = t.overview;
  const parsed = parseOverviewQuery(params);
  const overview = parsed.ok ? await loadOverview(await db(), user.merchantId, parsed.period) : null;
  const money = (cents: number) => formatMoney(cents, "EUR", locale);
  const count = new Intl.NumberFormat(locale);
  // A day (YYYY-MM-DD) is a calendar date: formatted at noon UTC, it is that date in any zone.
  const dayFormat = (options: Intl.DateTimeFormatOptions) => (day: string) => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
  const longDay = dayFormat({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const shortDay = dayFormat({ weekday: "short", day: "numeric" });
  const provider = (p: string) => storedProviderName(p, locale);
  const current = parsed.ok ? parsed.period : null;
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <p>
        <Link href="/merchant" className="text-brand underline">
          {t.detail.back}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{m.title}</h1>
      <nav aria-label={m.period} className="mt-3 flex flex-wrap gap-2">
        {PERIODS.map((p) => (
          <Link
            key={p}
            href={`/merchant/overview?period=${p}`}
            aria-current={current === p ? "page" : undefined}
            className={`rounded border px-3 py-1 ${current === p ? "border-stone-900 bg-stone-900 text-white" : "border-stone-300 bg-white text-brand underline"}`}
          >
            {m.periods[p]}
          </Link>
        ))}
      </nav>
      {!parsed.ok && (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3">
          {m.invalidPeriod}
        </p>
      )}
      {overview && (
        <>
          <p className="mt-3 text-stone-700" data-testid="overview-days">
            {overview.days.length === 1 ? fill(m.today, { day: longDay(overview.days[0]!) }) : fill(m.week, { from: longDay(overview.days[0]!), to: longDay(overview.days.at(-1)!) })}
            {" · "}
            <a href={`/merchant?from=${overview.days[0]}&to=${overview.days.at(-1)}`} className="text-brand underline">
              {m.seePayments}
            </a>
          </p>
          <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-3">
            <div className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-700">{m.paid}</dt>
              <dd className="text-2xl font-semibold" data-testid="overview-paid">
                {money(overview.totals.paid)}
              </dd>
            </div>
            <div className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-700">{m.payments}</dt>
              <dd className="text-2xl font-semibold" data-testid="overview-payments">
                {count.format(overview.totals.payments)}
              </dd>
            </div>
            <div className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-700">{m.refunded}</dt>
              <dd className="text-2xl font-semibold" data-testid="overview-refunded">
                {money(overview.totals.refunded)}
              </dd>
              <dd className="text-xs text-stone-700">{m.refundedHint}</dd>
            </div>
          </dl>
          {overview.totals.payments === 0 ? (
            <p className="mt-6">{m.none}</p>
          ) : (
            <>
              <section aria-labelledby="by-provider" className="mt-6">
                <h2 id="by-provider" className="text-lg font-semibold">
                  {m.byProvider}
                </h2>
                <StateLegend title={m.legend} names={m.groups} />
                <div className="mt-3">
                  <BarsAcross label={m.byProviderChart} bars={overview.byProvider.map((p) => ({ key: p.provider, label: provider(p.provider), total: money(totalOf(p.amounts)), amounts: p.amounts }))} />
                </div>
                <AmountsTable
                  caption={m.byProvider}
                  head={m.provider}
                  total={m.total}
                  names={m.groupsShort}
                  money={money}
                  testId="overview-providers"
                  rows={overview.byProvider.map((p) => ({ key: p.provider, label: provider(p.provider), amounts: p.amounts }))}
                />
              </section>
              {overview.byDay.length > 1 && (
                <section aria-labelledby="by-day" className="mt-6">
                  <h2 id="by-day" className="text-lg font-semibold">
                    {m.byDay}
                  </h2>
                  <StateLegend title={m.legend} names={m.groups} />
                  <div className="mt-3">
                    <BarsUpright
                      label={m.byDayChart}
                      scale={fill(m.scale, { amount: money(Math.max(...overview.byDay.map((d) => totalOf(d.amounts)))) })}
                      bars={overview.byDay.map((d) => ({ key: d.day, label: shortDay(d.day), total: money(totalOf(d.amounts)), amounts: d.amounts }))}
                    />
                  </div>
                  <AmountsTable
                    caption={m.byDay}
                    head={m.day}
                    total={m.total}
                    names={m.groupsShort}
                    money={money}
                    testId="overview-days-table"
                    rows={overview.byDay.map((d) => ({ key: d.day, label: longDay(d.day), amounts: d.amounts }))}
                  />
                </section>
              )}
            </>
          )}
        </>
      )}
    </main>
  );
}
