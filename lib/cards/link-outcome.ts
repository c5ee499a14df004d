// What became of adding (or re-linking) a card, for the cards page the cardholder comes back to:
// the card it linked, or that its payment ended without one. Scoped to the cardholder: another's
// checkout tells nothing.
import type { Db } from "../db/client";
import { isFinal, PaymentStatusSchema } from "../payments/states";

export type LinkOutcome = { kind: "added"; merchant: string } | { kind: "failed" } | null;

export async function linkOutcome(db: Db, cardholderId: string, checkoutId: string): Promise<LinkOutcome> {
  const payment = await db.payment.findFirst({
    where: { checkoutId, cardholderId, linkCard: true, checkout: { kind: "card-verification" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, merchant: { select: { name: true } } },
  });
  if (!payment) return null;
  const card = await db.linkedCard.findFirst({ where: { paymentId: payment.id, cardholderId }, select: { id: true } });
  if (card) return { kind: "added", merchant: payment.merchant.name };
  const status = PaymentStatusSchema.safeParse(payment.status);
  return status.success && isFinal(status.data) && status.data !== "PAID" ? { kind: "failed" } : null;
}
