// A cardholder's request about one payment, as sent from the receipt's pages: recorded with who
// asked (the receipt's address, or the signed-in cardholder) and their language, under a lock on
// the payment so that two sends at once cannot both pass the rules. A refund asks for at most what
// can still be refunded, and one payment has one open refund request at a time; a dispute goes to
// the merchant as it is; stopping future payments is done at once (create-stop.ts).
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locales";
import { newId } from "../ids";
import { RequestFormSchema, firstBadField, type RequestForm } from "./create-schemas";
import { stopFromPayment } from "./create-stop";
import { paymentRecipient } from "../receipts/load-receipt";

export type Requester = { email: string; cardholderId: string | null; locale: Locale };

/** Refund requests still waiting for the merchant or for the refund itself. */
export const OPEN_REFUND_STATUSES = ["SENT", "APPROVED", "PART_APPROVED"];

/** Parses the form (each error names its field) and records the request. */
export async function createRequestFromForm(db: Db, paymentId: string, who: Requester, input: unknown, now = new Date()) {
  const parsed = RequestFormSchema.safeParse(input);
  if (!parsed.success) {
    const field = firstBadField(parsed.error);
    throw new AppError("invalid_request", `${field} is invalid`, [{ field, message: "invalid" }]);
  }
  return createRequest(db, paymentId, who, parsed.data, now);
}

export async function createRequest(db: Db, paymentId: string, who: Requester, form: RequestForm, now = new Date()): Promise<{ id: string; kind: string; status: string }> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Payment" WHERE id = ${paymentId} FOR UPDATE`;
    if (!locked[0]) throw new AppError("not_found", "payment not found");
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
    if (payment.status !== "PAID") throw new AppError("invalid_request", "only a paid payment can be asked about", [{ field: "kind", message: "not_paid" }]);
    const base = { id: newId("req"), merchantId: payment.merchantId, paymentId, kind: form.kind, email: who.email, cardholderId: who.cardholderId, locale: who.locale };

    if (form.kind === "refund") {
      const refundable = payment.capturedAmount - payment.refundedAmount;
      if (refundable < 1) throw new AppError("refund_not_allowed", "nothing is left to refund", [{ field: "amount", message: "nothing_left" }]);
      if (form.amount !== null && form.amount > refundable) throw new AppError("refund_not_allowed", `at most ${refundable} cents can still be refunded`, [{ field: "amount", message: "too_much" }]);
      const open = await tx.cardholderRequest.findFirst({ where: { paymentId, kind: "refund", status: { in: OPEN_REFUND_STATUSES } }, select: { id: true } });
      if (open) throw new AppError("conflict", "a refund request for this payment is already open", [{ field: "kind", message: "duplicate" }]);
      return tx.cardholderRequest.create({ data: { ...base, amount: form.amount, reason: form.reason }, select: { id: true, kind: true, status: true } });
    }
    if (form.kind === "dispute") {
      return tx.cardholderRequest.create({ data: { ...base, reason: form.reason, message: form.message }, select: { id: true, kind: true, status: true } });
    }
    const { cardId } = await stopFromPayment(tx, payment, form.scheduleId, now);
    return tx.cardholderRequest.create({
      data: { ...base, reason: form.reason, scheduleId: form.scheduleId, cardId, status: "DONE", answeredAt: now },
      select: { id: true, kind: true, status: true },
    });
  });
}

/** Who is asking: the signed-in cardholder, or (a receipt's link) whoever the receipt went to. */
export async function requesterFor(db: Db, reader: { via: "link" | "account"; paymentId: string; cardholderId?: string; email?: string }, locale: Locale): Promise<Requester> {
  if (reader.via === "account" && reader.email) return { email: reader.email, cardholderId: reader.cardholderId ?? null, locale };
  const recipient = await paymentRecipient(db, reader.paymentId);
  if (!recipient) throw new AppError("not_found", "no address is known for this payment");
  return { email: recipient.email, cardholderId: recipient.cardholderId, locale };
}
