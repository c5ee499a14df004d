// The requests inbox of one merchant's staff: open requests first (oldest first, they have waited
// longest), then the answered ones, newest first. An open refund request whose approved refund
// FAILED (it was reopened, lib/refunds/on-refund-settled.ts) carries that refund and its reason, so
// staff see why it is back.
import type { Db } from "../db/client";

const SELECT = { id: true, kind: true, status: true, email: true, amount: true, approvedAmount: true, reason: true, message: true, merchantAnswer: true, paymentId: true, createdAt: true } as const;

export type FailedRefund = { amount: number; failureMessage: string | null; settledAt: Date | null };

export async function requestsInbox(db: Db, merchantId: string, take = 100) {
  const [open, answered] = await Promise.all([
    db.cardholderRequest.findMany({ where: { merchantId, status: "SENT" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take, select: SELECT }),
    db.cardholderRequest.findMany({ where: { merchantId, status: { not: "SENT" } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: SELECT }),
  ]);
  const refundRequests = open.filter((r) => r.kind === "refund").map((r) => r.id);
  const failed = refundRequests.length
    ? await db.refund.findMany({ where: { merchantId, requestId: { in: refundRequests }, status: "FAILED" }, orderBy: [{ settledAt: "asc" }, { createdAt: "asc" }], select: { requestId: true, amount: true, failureMessage: true, settledAt: true } })
    : [];
  // The latest failure of each request (ordered oldest first, so later ones overwrite).
  const lastFailed = new Map<string, FailedRefund>(failed.map((f) => [f.requestId!, { amount: f.amount, failureMessage: f.failureMessage, settledAt: f.settledAt }]));
  return {
    open: open.map((r) => ({ ...r, failedRefund: lastFailed.get(r.id) ?? null })),
    answered: answered.map((r) => ({ ...r, failedRefund: null as FailedRefund | null })),
  };
}

export type InboxRequest = Awaited<ReturnType<typeof requestsInbox>>["open"][number];
