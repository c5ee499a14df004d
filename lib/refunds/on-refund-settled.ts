// What follows a refund reaching its end, in the transaction that moves it (called by
// lib/refunds/settle-refund.ts with the payment row locked), so that it commits with the status or
// not at all: the cardholder's refund receipt (or, when it failed, the mail saying so), and the
// request the refund answers.
import type { Prisma, Refund } from "../db/generated/client";
import { enqueueRefundFailedMail } from "../receipts/refund-failed-mail";
import { enqueueRefundReceipt } from "../receipts/refund-receipt";

export type RefundTx = Prisma.TransactionClient;

/** A refund SUCCEEDED: the refund receipt leaves, and the request it answers is refunded. */
export async function onRefundSettled(tx: RefundTx, refund: Refund): Promise<void> {
  await enqueueRefundReceipt(tx, refund.id);
  if (refund.requestId) {
    await tx.cardholderRequest.updateMany({ where: { id: refund.requestId, status: { in: ["APPROVED", "PART_APPROVED"] } }, data: { status: "REFUNDED" } });
  }
}

/**
 * A refund FAILED: the cardholder is told (nothing moved, the merchant knows) unless it was refused
 * in the provider's first answer, and the request it answered is open again for staff (the amount
 * was released; the inbox shows why it failed).
 */
export async function onRefundFailed(tx: RefundTx, refund: Refund, options: { tellCardholder: boolean }): Promise<void> {
  if (options.tellCardholder) await enqueueRefundFailedMail(tx, refund.id);
  if (refund.requestId) {
    await tx.cardholderRequest.updateMany({ where: { id: refund.requestId, status: { in: ["APPROVED", "PART_APPROVED"] } }, data: { status: "SENT", approvedAmount: null, answeredAt: null, refundId: null } });
  }
}
