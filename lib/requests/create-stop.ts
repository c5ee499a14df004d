// Stopping future payments from a receipt: the schedules that can still charge the payment's card
// with its merchant, and stopping one or all of them at once. It needs no merchant's approval: the
// schedules are STOPPED (by the cardholder) in the transaction that records the request DONE.
// Stopping everything also deletes the card (as the cards page does, lib/cards/delete-card.ts):
// stopped schedules alone would leave the merchant free to charge the card once, and the link up.
import { deleteCardIn, type DeleteOutcome } from "../cards/delete-card";
import type { Db } from "../db/client";
import { AppError } from "../errors";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Reader = Pick<Db, "payment" | "wipSchedule" | "linkedCard">;

/** How many re-links are followed from a payment's card to the card that replaced it. */
const MAX_REPLACEMENTS = 20;

/**
 * The card a payment was made on (directly, or through its schedule), if any, followed to the
 * card that replaced it: a replaced card's schedules moved to its replacement
 * (lib/cards/link-card.ts), so a stop from an older receipt stops what charges now.
 */
async function cardOf(db: Reader, payment: { linkedCardId: string | null; scheduleId: string | null }): Promise<string | null> {
  let cardId = payment.linkedCardId;
  if (!cardId && payment.scheduleId) cardId = (await db.wipSchedule.findUnique({ where: { id: payment.scheduleId }, select: { cardId: true } }))?.cardId ?? null;
  for (let i = 0; cardId && i < MAX_REPLACEMENTS; i++) {
    const next = (await db.linkedCard.findUnique({ where: { id: cardId }, select: { replacedById: true } }))?.replacedById;
    if (!next) break;
    cardId = next;
  }
  return cardId;
}

export type StopTarget = { id: string; description: string; kind: string };

export type StopTargets = { cardId: string | null; cardDeleted: boolean; schedules: StopTarget[] };

/** The payment's card, whether it is deleted already, and its merchant's ACTIVE schedules on it: what a stop request can stop. */
export async function stopTargets(db: Reader, paymentId: string): Promise<StopTargets> {
  const none = { cardId: null, cardDeleted: false, schedules: [] };
  const p = await db.payment.findUnique({ where: { id: paymentId }, select: { merchantId: true, linkedCardId: true, scheduleId: true } });
  if (!p) return none;
  const cardId = await cardOf(db, p);
  if (!cardId) return none;
  const card = await db.linkedCard.findUnique({ where: { id: cardId }, select: { deletedAt: true } });
  const schedules = await db.wipSchedule.findMany({ where: { cardId, merchantId: p.merchantId, status: "ACTIVE" }, orderBy: { createdAt: "asc" }, select: { id: true, description: true, kind: true } });
  return { cardId, cardDeleted: !card || card.deletedAt !== null, schedules };
}

/**
 * Stops one schedule of the payment's card, or (scheduleId null) all of them and deletes the card;
 * returns the card, how many schedules stopped, and what became of the card (null: left as it was).
 */
export async function stopFromPayment(
  tx: Tx,
  payment: { id: string; merchantId: string; linkedCardId: string | null; scheduleId: string | null },
  scheduleId: string | null,
  now: Date,
): Promise<{ cardId: string; stopped: number; card: DeleteOutcome | null }> {
  const cardId = await cardOf(tx, payment);
  if (!cardId) throw new AppError("invalid_request", "this payment was not made on a saved card or by a schedule", [{ field: "target", message: "nothing_to_stop" }]);
  const where = { cardId, merchantId: payment.merchantId, status: "ACTIVE", ...(scheduleId ? { id: scheduleId } : {}) };
  // Stopped by the cardholder first, so the schedules say who stopped them; deleting the card then finds none left.
  const stopped = await tx.wipSchedule.updateMany({ where, data: { status: "STOPPED", stoppedBy: "cardholder", stoppedAt: now, nextChargeAt: null } });
  if (scheduleId && stopped.count === 0) throw new AppError("not_found", "no such schedule on this card", [{ field: "target", message: "not_found" }]);
  const card = scheduleId ? null : await deleteCardIn(tx, cardId, now);
  return { cardId, stopped: stopped.count, card };
}
