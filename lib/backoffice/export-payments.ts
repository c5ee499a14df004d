// The CSV export of the payments list's current filter, streamed page by page (keyset): memory
// stays the same however many payments match.
import type { Db } from "../db/client";
import { centsToDecimalString } from "../payments/money";
import { csvRow } from "./csv";
import type { PaymentQuery } from "./payment-query";
import { searchPayments, type PaymentRow } from "./search-payments";

export const CSV_HEADER = ["payment_id", "created_at", "reference", "email", "provider", "provider_reference", "initiation", "state", "amount_eur", "refunded_eur", "description"];

const line = (p: PaymentRow) =>
  csvRow([
    p.id,
    p.createdAt.toISOString(),
    p.checkout.merchantReference,
    p.checkout.customerEmail,
    p.provider,
    p.providerPaymentId,
    p.initiation,
    p.status,
    centsToDecimalString(p.amount),
    centsToDecimalString(p.refundedAmount),
    p.checkout.description,
  ]);

/** The payments matching `query` (without its cursor), as a stream of CSV text. */
export function exportPaymentsCsv(db: Db, merchantId: string, query: PaymentQuery, pageSize = 1000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: PaymentQuery["after"] = undefined;
  let started = false;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvRow(CSV_HEADER)));
        return;
      }
      if (done) return;
      const { rows, next } = await searchPayments(db, merchantId, { ...query, after: cursor }, pageSize);
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.map(line).join("")));
      if (next) cursor = next;
      else {
        done = true;
        controller.close();
      }
    },
  });
}
