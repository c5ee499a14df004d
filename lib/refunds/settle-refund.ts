// Settling a refund that was PENDING: SUCCEEDED, or FAILED with the provider's reason. Done under
// the payment's row lock (the lock refunds are reserved under, lib/refunds/refund-payment.ts),
// and only while the refund is still PENDING, so that a refund settled twice at once (a webhook
// and the job, two job runs) moves once and a failed one gives its amount back exactly once.
import type { Db } from "../db/client";
import type { Refund } from "../db/generated/client";
import { onRefundFailed, onRefundSettled, type RefundTx } from "./on-refund-settled";

export type RefundOutcome =
  | { status: "SUCCEEDED"; providerRefundId?: string }
  // refusedAtOnce: the provider refused it in its answer to the refund call itself, so whoever asked
  // for it learns at once and the cardholder, never told of it, is not mailed about it.
  | { status: "FAILED"; reason: string; providerRefundId?: string; refusedAtOnce?: boolean };

/** Applies the outcome in `tx`, which must hold the payment's row lock. Null when already settled. */
export async function settleLocked(tx: RefundTx, refundId: string, outcome: RefundOutcome, now: Date): Promise<Refund | null> {
  const moved = await tx.refund.updateMany({
    where: { id: refundId, status: "PENDING" },
    data: {
      status: outcome.status,
      settledAt: now,
      ...(outcome.status === "FAILED" ? { failureMessage: outcome.reason.slice(0, 500) } : {}),
      ...(outcome.providerRefundId ? { providerRefundId: outcome.providerRefundId } : {}),
    },
  });
  if (moved.count === 0) return null;
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId } });
  if (outcome.status === "FAILED") {
    // The amount reserved when the refund was asked for is free again.
    await tx.payment.update({ where: { id: refund.paymentId }, data: { refundedAmount: { decrement: refund.amount } } });
    await onRefundFailed(tx, refund, { tellCardholder: !outcome.refusedAtOnce });
  } else {
    await onRefundSettled(tx, refund);
  }
  return refund;
}

/** Locks the refund's payment, then settles; null when the refund was not PENDING any more. */
export async function settleRefund(db: Db, refundId: string, outcome: RefundOutcome, now = new Date()): Promise<Refund | null> {
  return db.$transaction(async (tx) => {
    const found = await tx.refund.findUnique({ where: { id: refundId }, select: { paymentId: true } });
    if (!found) return null;
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${found.paymentId} FOR UPDATE`;
    return settleLocked(tx, refundId, outcome, now);
  });
}
