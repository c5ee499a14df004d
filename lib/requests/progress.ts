// The progress page: a payment's requests, newest first, with their state in the reader's words
// (sent, approved, part-approved, declined with the merchant's reason, refunded, answered, done).
import type { Db } from "../db/client";
import { fill } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { formatMoney } from "../payments/money";
import { brusselsDate } from "../receipts/receipt-data";
import { receiptTexts } from "../receipts/texts";

export type RequestRow = { id: string; kind: string; status: string; amount: number | null; approvedAmount: number | null; merchantAnswer: string | null; createdAt: Date };
export type RequestProgress = { id: string; kind: string; status: string; title: string; state: string; asked: string | null; answer: string | null; sent: string };

export function requestProgress(r: RequestRow, merchant: string, locale: Locale, refund: { amount: number } | null = null): RequestProgress {
  const t = receiptTexts(locale) as Record<string, string>;
  const money = (c: number | null | undefined) => (c == null ? "" : formatMoney(c, "EUR", locale));
  const amount = r.status === "REFUNDED" ? money(refund?.amount ?? r.approvedAmount ?? r.amount) : money(r.approvedAmount);
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    title: t[`kind_${r.kind}`] ?? r.kind,
    state: fill(t[`status_${r.status}`] ?? r.status, { merchant, amount }),
    asked: r.kind === "refund" && r.amount !== null ? fill(t.askedAmount!, { amount: money(r.amount) }) : null,
    answer: r.merchantAnswer ? fill(t.merchantAnswer!, { merchant, answer: r.merchantAnswer }) : null,
    sent: fill(t.sentOn!, { date: brusselsDate(r.createdAt, locale) }),
  };
}

export async function paymentRequests(db: Pick<Db, "cardholderRequest" | "refund">, paymentId: string, merchant: string, locale: Locale): Promise<RequestProgress[]> {
  const rows = await db.cardholderRequest.findMany({ where: { paymentId }, orderBy: { createdAt: "desc" } });
  const refundIds = rows.map((r) => r.refundId).filter((x): x is string => !!x);
  const refunds = refundIds.length ? await db.refund.findMany({ where: { id: { in: refundIds } }, select: { id: true, amount: true } }) : [];
  return rows.map((r) => requestProgress(r, merchant, locale, refunds.find((x) => x.id === r.refundId) ?? null));
}
