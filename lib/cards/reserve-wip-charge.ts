// Reserving a WIP charge on a linked card before the provider is called: one transaction that
// locks the card row (and, per order, an advisory lock), asks lib/payments/wip.ts, and writes the
// reservation, so that racing charges can never add up above the merchant's WIP maximum.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { checkWipCharge, checkWipSplit, merchantWipMax, WIP_CARD_WINDOW_MS, WipRefusedError } from "../payments/wip";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type WipInitiation = "consumer" | "merchant";
export type WipChargeStatus = "RESERVED" | "SUCCEEDED" | "FAILED";

export type ReserveWipChargeInput = {
  merchantId: string;
  cardId: string;
  amount: number;
  currency: string;
  orderReference: string;
  initiation: WipInitiation;
  scheduleId?: string | null;
  /** Which charge of its schedule this is (1 for the first); only a schedule's later charges leave the card window. */
  occurrence?: number;
  now?: Date;
};

/** Statuses that hold part of the maximum: the provider took the money or may still take it. */
const COUNTED: WipChargeStatus[] = ["RESERVED", "SUCCEEDED"];

async function sumAmount(tx: Tx, where: Parameters<Tx["wipCharge"]["aggregate"]>[0]["where"]): Promise<number> {
  const r = await tx.wipCharge.aggregate({ where: { ...where, status: { in: COUNTED } }, _sum: { amount: true } });
  return r._sum.amount ?? 0;
}

/**
 * Reserves a WIP charge, or throws a WipRefusedError naming the rule (amount out of range, above
 * the merchant maximum, split payment) or an AppError when the card cannot be charged. The
 * caller calls the provider after this commits, then finishes the charge with finishWipCharge.
 */
export async function reserveWipCharge(db: Db, input: ReserveWipChargeInput): Promise<{ id: string }> {
  return db.$transaction((tx) => reserveWipChargeIn(tx, input));
}

/** reserveWipCharge inside the caller's transaction (which then owns the locks until it commits). */
export async function reserveWipChargeIn(tx: Tx, input: ReserveWipChargeInput): Promise<{ id: string }> {
  const now = input.now ?? new Date();
  const scheduleId = input.scheduleId ?? null;
  // A schedule's first charge is made when the schedule is set up, like any ad-hoc charge: it
  // counts in the card's window, so stopping and re-creating schedules cannot split a payment.
  const inCardWindow = scheduleId === null || (input.occurrence ?? 1) <= 1;
  // The card row lock serialises every charge on this card; the advisory lock every charge for
  // this order (an order may be paid from several cards). Always in this order: no deadlock.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "LinkedCard" WHERE id = ${input.cardId} AND "merchantId" = ${input.merchantId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("not_found", "linked card not found");
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`wip-order:${input.merchantId}:${input.orderReference}`}, 0))`;

  const card = await tx.linkedCard.findUniqueOrThrow({ where: { id: input.cardId } });
  if (card.deletedAt || card.status !== "ACTIVE") throw new AppError("payment_not_allowed", "this linked card can no longer be charged");
  const merchant = await tx.merchant.findUniqueOrThrow({ where: { id: input.merchantId } });
  const merchantMax = merchantWipMax(merchant);

  const single = checkWipCharge({ amount: input.amount, currency: input.currency, merchantMax });
  if (single) throw new WipRefusedError(single);
  const orderTotal = await sumAmount(tx, { merchantId: input.merchantId, orderReference: input.orderReference });
  const cardWindowTotal = inCardWindow ? await sumAmount(tx, { cardId: input.cardId, inCardWindow: true, createdAt: { gt: new Date(now.getTime() - WIP_CARD_WINDOW_MS) } }) : 0;
  const split = checkWipSplit({ amount: input.amount, merchantMax, orderTotal, cardWindowTotal, scheduled: !inCardWindow });
  if (split) throw new WipRefusedError(split);

  const id = newId("wip");
  await tx.wipCharge.create({
    data: {
      id,
      merchantId: input.merchantId,
      cardId: input.cardId,
      amount: input.amount,
      currency: input.currency,
      orderReference: input.orderReference,
      initiation: input.initiation,
      scheduleId,
      inCardWindow,
      status: "RESERVED",
      createdAt: now,
    },
  });
  return { id };
}

/**
 * Records the provider's answer. A failed charge stops counting against the maximum; a
 * succeeded one keeps counting. Only a RESERVED charge changes: a repeated answer is a no-op.
 */
export async function finishWipCharge(db: Db | Tx, id: string, status: Exclude<WipChargeStatus, "RESERVED">): Promise<void> {
  await db.wipCharge.updateMany({ where: { id, status: "RESERVED" }, data: { status } });
}
