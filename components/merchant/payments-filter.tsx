// The payments list's search and filters: a plain GET form, so every search is a link.
import { INITIATIONS, type PaymentQuery } from "@/lib/backoffice/payment-query";
import type { BackOfficeMessages } from "@/lib/backoffice/messages";
import type { Locale } from "@/lib/i18n/locales";
import { PROVIDER_IDS, providerName } from "@/lib/payments/providers";
import { PAYMENT_STATUSES } from "@/lib/payments/states";

type Raw = Partial<Record<keyof PaymentQuery, string>>;

const field = "mt-1 block w-full rounded border border-stone-400 bg-white p-2";

export function PaymentsFilter({ t, raw, locale }: { t: BackOfficeMessages; raw: Raw; locale: Locale }) {
  const select = (name: "provider" | "state" | "initiation", label: string, options: readonly { value: string; label: string }[]) => (
    <label className="block text-sm font-medium">
      {label}
      <select name={name} defaultValue={raw[name] ?? ""} className={field}>
        <option value="">{t.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action="/merchant" role="search" className="mt-4 grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      <label className="block text-sm font-medium sm:col-span-2 lg:col-span-3">
        {t.search}
        <input type="search" name="q" defaultValue={raw.q ?? ""} maxLength={200} aria-describedby="search-hint" className={field} />
        <span id="search-hint" className="mt-1 block text-xs font-normal text-stone-700">
          {t.searchHint}
        </span>
      </label>
      {select("provider", t.provider, PROVIDER_IDS.map((p) => ({ value: p, label: providerName(p, locale) })))}
      {select("state", t.state, PAYMENT_STATUSES.map((s) => ({ value: s, label: s })))}
      {select("initiation", t.initiation, INITIATIONS.map((i) => ({ value: i, label: t.initiations[i] })))}
      <label className="block text-sm font-medium">
        {t.from}
        <input type="date" name="from" defaultValue={raw.from ?? ""} className={field} />
      </label>
      <label className="block text-sm font-medium">
        {t.to}
        <input type="date" name="to" defaultValue={raw.to ?? ""} className={field} />
      </label>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          {t.apply}
        </button>
        <a href="/merchant" className="text-brand underline">
          {t.clear}
        </a>
      </div>
    </form>
  );
}
