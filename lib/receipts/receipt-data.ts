// What a receipt says, in the reader's language: the scheme's mandatory transaction data (merchant
// name and address, date and time, amount, description, method and masked card, our id and the
// provider's, the merchant's reference), who initiated the payment, and the refunds made. Pure:
// load-receipt.ts reads the rows; the page and the mail render the same lines.
import { fill, formatDate, formatDateTime } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { formatMoney } from "../payments/money";
import { lineTotal, type CheckoutItem } from "../checkouts/items";
import { receiptTexts } from "./texts";

export type ReceiptFacts = {
  paymentId: string;
  providerPaymentId: string | null;
  merchant: { name: string; address: string };
  paidAt: Date;
  amount: number;
  description: string;
  merchantReference: string;
  /** checkout, consumer (one click) or merchant (once, or by a schedule). */
  initiation: string;
  card: { bin: string; last4: string } | null;
  /** The schedule that made the payment, and which of its charges this is (1-based). */
  schedule: { kind: string; description: string; instalments: number | null; number: number } | null;
  refunds: { amount: number; status: string; at: Date }[];
  /** Still refundable, in cents: captured less refunds made or under way. */
  refundable: number;
  /** The payment was made on a linked card or by a schedule: future payments can be stopped. */
  canStop: boolean;
  /** The order lines the merchant sent with the checkout, if any. */
  items?: CheckoutItem[] | null;
};

export type ReceiptLine = { label: string; value: string };
/** items: "2 × Pralines" → "€49.00 (€24.50 each)", then the total; empty without order lines. */
export type Receipt = { title: string; intro: string; lines: ReceiptLine[]; items: ReceiptLine[]; refunds: string[] };

/** Date and time in Brussels, written the reader's way. */
export function brusselsDateTime(at: Date, locale: Locale): string {
  return formatDateTime(at, locale);
}

export function brusselsDate(at: Date, locale: Locale): string {
  return formatDate(at, locale);
}

/** "Bancontact 670999XXXXXX1234", or "Bancontact" alone when the provider never gave the card. */
export function methodLabel(card: ReceiptFacts["card"]): string {
  return card && card.bin && card.last4 ? `Bancontact ${card.bin}XXXXXX${card.last4}` : "Bancontact";
}

export function initiatedBy(f: Pick<ReceiptFacts, "initiation" | "schedule" | "merchant">, locale: Locale): string {
  const t = receiptTexts(locale);
  const merchant = f.merchant.name;
  if (f.initiation === "consumer") return t.byOneClick;
  if (f.initiation !== "merchant") return t.byCheckout;
  if (!f.schedule) return fill(t.byMerchantOnce, { merchant });
  if (f.schedule.kind === "instalments" && f.schedule.instalments) {
    return fill(t.byInstalment, { merchant, n: f.schedule.number, total: f.schedule.instalments, schedule: f.schedule.description });
  }
  return fill(t.byMonthly, { merchant, schedule: f.schedule.description });
}

export function receiptData(f: ReceiptFacts, locale: Locale): Receipt {
  const t = receiptTexts(locale);
  const money = (cents: number) => formatMoney(cents, "EUR", locale);
  const lines: ReceiptLine[] = [
    { label: t.merchant, value: f.merchant.name },
    { label: t.merchantAddress, value: f.merchant.address },
    { label: t.date, value: brusselsDateTime(f.paidAt, locale) },
    { label: t.amount, value: money(f.amount) },
    { label: t.description, value: f.description },
    { label: t.method, value: methodLabel(f.card) },
    { label: t.paymentId, value: f.paymentId },
    { label: t.providerReference, value: f.providerPaymentId ?? t.unknown },
    { label: t.merchantReference, value: f.merchantReference },
    { label: t.initiatedBy, value: initiatedBy(f, locale) },
  ];
  const statusOf = (s: string) => (t as Record<string, string>)[`refundStatus_${s}`] ?? s;
  const refunds = f.refunds.map((r) => fill(t.refundLine, { amount: money(r.amount), date: brusselsDate(r.at, locale), status: statusOf(r.status) }));
  const items: ReceiptLine[] = f.items?.length
    ? [
        ...f.items.map((i) => ({
          label: fill(t.itemLine, { quantity: i.quantity, name: i.name }),
          value: `${money(lineTotal(i))} (${fill(t.itemUnitPrice, { price: money(i.unitAmount) })})`,
        })),
        { label: t.itemsTotal, value: money(f.amount) },
      ]
    : [];
  return { title: t.receiptTitle, intro: fill(t.receiptIntro, { merchant: f.merchant.name }), lines, items, refunds };
}
