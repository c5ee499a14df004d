// Stopping a schedule's future charges: the cardholder asks from the cards page, or the card is
// deleted. A stopped schedule is STOPPED with who stopped it and when, and no next charge: the
// runner only takes ACTIVE schedules with a nextChargeAt, so nothing more is charged. Charges
// already made stay as they are.
import type { Db } from "../db/client";
import { AppError } from "../errors";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type StoppedBy = "cardholder" | "merchant" | "card-deleted";
export type StopOutcome = "stopped" | "already_stopped";

const stopped = (by: StoppedBy, now: Date) => ({ status: "STOPPED", stoppedBy: by, stoppedAt: now, nextChargeAt: null });

/**
 * The cardholder stops one schedule charging one of their cards. Scoped to them in the query:
 * another cardholder's schedule is as absent as an unknown one.
 */
export async function stopScheduleAsCardholder(db: Db, cardholderId: string, scheduleId: string, now = new Date()): Promise<StopOutcome> {
  const owned = { id: scheduleId, cardholderId, card: { cardholderId } };
  const updated = await db.wipSchedule.updateMany({ where: { ...owned, status: "ACTIVE" }, data: stopped("cardholder", now) });
  if (updated.count > 0) return "stopped";
  const exists = await db.wipSchedule.findFirst({ where: owned, select: { id: true } });
  if (!exists) throw new AppError("not_found", "schedule not found");
  return "already_stopped";
}

/** Every ACTIVE schedule on the card stops, inside the caller's transaction (deleting the card). */
export async function stopSchedulesOfCard(tx: Tx, cardId: string, by: StoppedBy, now = new Date()): Promise<number> {
  const r = await tx.wipSchedule.updateMany({ where: { cardId, status: "ACTIVE" }, data: stopped(by, now) });
  return r.count;
}

/** Moves the card's ACTIVE schedules to the card that replaced it (re-linking), in the caller's transaction. */
export async function moveSchedules(tx: Tx, fromCardId: string, toCardId: string): Promise<number> {
  const r = await tx.wipSchedule.updateMany({ where: { cardId: fromCardId, status: "ACTIVE" }, data: { cardId: toCardId } });
  return r.count;
}
