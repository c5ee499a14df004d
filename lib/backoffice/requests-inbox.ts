// The requests inbox of one merchant's staff: open requests first (oldest first, they have waited
// longest), then the answered ones, newest first.
import type { Db } from "../db/client";

const SELECT = { id: true, kind: true, status: true, email: true, amount: true, approvedAmount: true, reason: true, message: true, merchantAnswer: true, paymentId: true, createdAt: true } as const;

export async function requestsInbox(db: Db, merchantId: string, take = 100) {
  const [open, answered] = await Promise.all([
    db.cardholderRequest.findMany({ where: { merchantId, status: "SENT" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take, select: SELECT }),
    db.cardholderRequest.findMany({ where: { merchantId, status: { not: "SENT" } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: SELECT }),
  ]);
  return { open, answered };
}

export type InboxRequest = Awaited<ReturnType<typeof requestsInbox>>["open"][number];
