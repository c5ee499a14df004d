// The payments list: a table on wide screens, a list of cards on a phone (no sideways scroll).
import type { BackOfficeMessages } from "@/lib/backoffice/messages";
import type { PaymentRow } from "@/lib/backoffice/search-payments";
import { fill, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/payments/money";
import { storedProviderName } from "@/lib/payments/providers";

type Props = { rows: PaymentRow[]; t: BackOfficeMessages; locale: Locale };

export function PaymentsTable({ rows, t, locale }: Props) {
  const when = (d: Date) => formatDateTime(d, locale);
  const provider = (p: string) => storedProviderName(p, locale);
  const state = (p: PaymentRow) => (p.status === "PENDING" && p.initiation === "merchant" ? t.waitingForCardholder : p.status);
  const money = (cents: number) => formatMoney(cents, "EUR", locale);
  const link = (p: PaymentRow) => (
    <a href={`/merchant/payments/${p.id}`} className="break-all font-mono text-brand underline">
      {p.id}
    </a>
  );
  return (
    <>
      <table className="mt-4 hidden w-full border-collapse bg-white text-sm md:table">
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">{t.created}</th>
            <th scope="col" className="p-2">{t.payment}</th>
            <th scope="col" className="p-2">{t.reference}</th>
            <th scope="col" className="p-2">{t.provider}</th>
            <th scope="col" className="p-2 text-right">{t.amount}</th>
            <th scope="col" className="p-2">{t.state}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} className="border-b align-top" data-testid="merchant-payment">
              <td className="p-2">{when(p.createdAt)}</td>
              <td className="p-2">{link(p)}</td>
              <td className="p-2 break-all">
                {p.checkout.merchantReference}
                <span className="block text-xs text-stone-700">{p.checkout.customerEmail}</span>
              </td>
              <td className="p-2">
                {provider(p.provider)}
                {p.fallbackFrom && (
                  <span className="block text-xs text-stone-700" data-testid="fallback-from">
                    {fill(t.fallbackFrom, { provider: provider(p.fallbackFrom) })}
                  </span>
                )}
              </td>
              <td className="p-2 text-right">
                {money(p.amount)}
                {p.refundedAmount > 0 && <span className="block text-xs text-stone-700">{fill(t.refunded, { amount: money(p.refundedAmount) })}</span>}
              </td>
              <td className="p-2">{state(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="mt-4 flex flex-col gap-3 md:hidden">
        {rows.map((p) => (
          <li key={p.id} className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="merchant-payment-card">
            <p className="flex justify-between gap-2 font-semibold">
              <span className="break-all">{p.checkout.merchantReference}</span>
              <span>{money(p.amount)}</span>
            </p>
            <p className="mt-1 text-stone-700">
              {state(p)} · {provider(p.provider)} · {when(p.createdAt)}
            </p>
            {p.fallbackFrom && <p className="text-stone-700">{fill(t.fallbackFrom, { provider: provider(p.fallbackFrom) })}</p>}
            {p.checkout.customerEmail && <p className="break-all text-stone-700">{p.checkout.customerEmail}</p>}
            {p.refundedAmount > 0 && <p className="text-stone-700">{fill(t.refunded, { amount: money(p.refundedAmount) })}</p>}
            <p className="mt-1">{link(p)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
