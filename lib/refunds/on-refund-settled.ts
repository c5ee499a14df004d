// The hook point for what follows a refund reaching SUCCEEDED (the cardholder's refund receipt).
// Called by lib/refunds/settle-refund.ts inside the transaction that moves the refund, with the
// payment row locked, so that whatever is added here commits with the status or not at all.
import type { Prisma, Refund } from "../db/generated/client";

export type RefundTx = Prisma.TransactionClient;

/** Nothing follows a settled refund yet: the receipts work adds the refund receipt here. */
export async function onRefundSettled(tx: RefundTx, refund: Refund): Promise<void> {
  void tx;
  void refund;
}
