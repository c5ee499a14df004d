// A merchant's schedules: read one, and stop one (DELETE in the API, "Stop" in the dashboard).
// Scoped to the merchant in every query: another merchant's schedule is as absent as an unknown one.
import type { Db } from "../db/client";
import type { WipSchedule } from "../db/generated/client";
import { AppError } from "../errors";

export async function merchantSchedule(db: Db, merchantId: string, id: string): Promise<WipSchedule> {
  const s = await db.wipSchedule.findFirst({ where: { id, merchantId } });
  if (!s) throw new AppError("not_found", "schedule not found");
  return s;
}

/** Stops an ACTIVE schedule: no further charge. A schedule already over is answered as it is. */
export async function stopScheduleAsMerchant(db: Db, merchantId: string, id: string, now = new Date()): Promise<WipSchedule> {
  await db.wipSchedule.updateMany({ where: { id, merchantId, status: "ACTIVE" }, data: { status: "STOPPED", stoppedBy: "merchant", stoppedAt: now, nextChargeAt: null } });
  return merchantSchedule(db, merchantId, id);
}

/** The schedules on the given cards of this merchant, newest first. */
export async function schedulesOfCards(db: Db, merchantId: string, cardIds: string[]): Promise<WipSchedule[]> {
  return db.wipSchedule.findMany({ where: { merchantId, cardId: { in: cardIds } }, orderBy: { createdAt: "desc" } });
}
