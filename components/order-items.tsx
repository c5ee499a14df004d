// An order's lines: "2 × Pralines" with the line total, the unit price under it, then the total.
// A list rather than a table, so it never needs more than a phone's width.
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { lineTotal, type CheckoutItem } from "@/lib/checkouts/items";
import { formatMoney } from "@/lib/payments/money";

export type OrderItemsLabels = { heading: string; line: string; unitPrice: string; total: string };

export function OrderItems({ items, total, locale, labels, headingLevel = 2 }: { items: CheckoutItem[]; total: number; locale: Locale; labels: OrderItemsLabels; headingLevel?: 2 | 3 }) {
  const money = (cents: number) => formatMoney(cents, "EUR", locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="order-items" className="mt-4" data-testid="order-items">
      <Heading id="order-items" className="text-lg font-semibold">
        {labels.heading}
      </Heading>
      <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {items.map((item, i) => (
          <li key={i} className="flex items-start justify-between gap-3 p-3" data-testid="order-item">
            <span className="min-w-0 break-words">
              {fill(labels.line, { quantity: item.quantity, name: item.name })}
              <span className="block text-sm text-stone-700">{fill(labels.unitPrice, { price: money(item.unitAmount) })}</span>
            </span>
            <span className="shrink-0 text-right font-medium">{money(lineTotal(item))}</span>
          </li>
        ))}
        <li className="flex justify-between gap-3 p-3 font-semibold">
          <span>{labels.total}</span>
          <span data-testid="order-items-total">{money(total)}</span>
        </li>
      </ul>
    </section>
  );
}
