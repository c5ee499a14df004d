// Due schedule charges, made at most once each, whatever the number of instances and runners.
// A charge is claimed first: in one transaction, with the schedule's row locked, the schedule
// must still be ACTIVE, have made exactly n-1 charges and be due; it is then advanced (n charges
// made, the next date or COMPLETED) and that commits BEFORE the provider is called. A runner that
// dies after the claim leaves that charge visibly missing (charges made counts it, no payment
// shows it), never made twice. See docs/wip-rules.md.
import type { Db } from "../db/client";
import type { WipSchedule } from "../db/generated/client";
import { logger } from "../log";
import { chargeLinkedCard, type ChargeCardDeps } from "../cards/charge-card";
import { afterCharge, chargeOrderReference, type ScheduleKind } from "./next-charge";
import { DECLINED, refusalOf } from "./refusal";

export type DueCharge = { scheduleId: string; n: number };

/** The charges due at `now`: one per ACTIVE schedule whose next charge is not in the future. */
export async function dueCharges(db: Db, now: Date, limit = 500): Promise<DueCharge[]> {
  const rows = await db.wipSchedule.findMany({
    where: { status: "ACTIVE", nextChargeAt: { lte: now } },
    orderBy: { nextChargeAt: "asc" },
    take: limit,
    select: { id: true, chargesMade: true },
  });
  return rows.map((r) => ({ scheduleId: r.id, n: r.chargesMade + 1 }));
}

/** Claims charge `n` of the schedule, or null when it is not (or no longer) due: stopped, made, or not yet. */
export async function claimCharge(db: Db, { scheduleId, n }: DueCharge, now: Date): Promise<WipSchedule | null> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "WipSchedule" WHERE id = ${scheduleId} FOR UPDATE`;
    const s = await tx.wipSchedule.findUnique({ where: { id: scheduleId } });
    if (!s || s.status !== "ACTIVE" || s.chargesMade !== n - 1 || !s.nextChargeAt || s.nextChargeAt > now) return null;
    const kind: ScheduleKind = s.kind === "instalments" ? "instalments" : "monthly";
    return tx.wipSchedule.update({ where: { id: s.id }, data: afterCharge({ kind, instalments: s.instalments, anchor: s.createdAt }, n) });
  });
}

export type ChargeOutcome = "charged" | "refused" | "not-due";

/**
 * Makes charge `n` of a schedule if it is still due. A refusal (terms not accepted, card expired
 * or deleted, limits, the provider's decline) is kept on the schedule for the merchant and the
 * schedule moves on to its next date: a refused month is skipped, never retried.
 */
export async function runScheduleCharge(deps: ChargeCardDeps, due: DueCharge, now: Date): Promise<ChargeOutcome> {
  const s = await claimCharge(deps.db, due, now);
  if (!s) return "not-due";
  try {
    const charge = await chargeLinkedCard(
      { ...deps, now: () => now },
      { initiation: "merchant", cardId: s.cardId, merchantId: s.merchantId, amount: s.amount, currency: s.currency, description: s.description, orderReference: chargeOrderReference(s.reference, due.n), scheduleId: s.id, occurrence: due.n },
    );
    const refused = charge.status === "FAILED";
    await deps.db.wipSchedule.update({ where: { id: s.id }, data: { lastRefusal: refused ? DECLINED : null } });
    return refused ? "refused" : "charged";
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    logger.warn("scheduled charge not made", { scheduleId: s.id, n: due.n, error: error.message });
    await deps.db.wipSchedule.update({ where: { id: s.id }, data: { lastRefusal: refusalOf(error) } });
    return "refused";
  }
}

/** Every charge due at `now`, one after the other (the sandbox's "as if it were" control). */
export async function runDueCharges(deps: ChargeCardDeps, now: Date): Promise<Record<ChargeOutcome, number>> {
  const counts: Record<ChargeOutcome, number> = { charged: 0, refused: 0, "not-due": 0 };
  for (const due of await dueCharges(deps.db, now)) counts[await runScheduleCharge(deps, due, now)]++;
  return counts;
}
