// One payment as its merchant's staff see it: the timeline, the webhooks received about it (with
// their verification), the mails about it and their state, its refunds and the cardholder's
// requests. Bodies of webhooks and mails are not read: they stay sealed.
import type { Db } from "../db/client";

export async function paymentDetail(db: Db, merchantId: string, paymentId: string) {
  const payment = await db.payment.findFirst({
    where: { id: paymentId, merchantId },
    include: {
      checkout: { select: { merchantReference: true, customerEmail: true, description: true } },
      events: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, source: true, detail: true, createdAt: true } },
      webhooks: { orderBy: { receivedAt: "asc" }, select: { id: true, eventType: true, verified: true, rejectReason: true, receivedAt: true, appliedAt: true, applyResult: true } },
      refunds: { orderBy: { createdAt: "asc" }, select: { id: true, amount: true, status: true, reason: true, failureMessage: true, createdAt: true } },
    },
  });
  if (!payment) return null;
  const [mails, requests] = await Promise.all([
    db.mailMessage.findMany({ where: { paymentId }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, to: true, status: true, attempts: true, error: true, createdAt: true, sentAt: true } }),
    db.cardholderRequest.findMany({ where: { paymentId, merchantId }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, status: true, amount: true, approvedAmount: true, reason: true, createdAt: true } }),
  ]);
  return { payment, mails, requests };
}

export type PaymentDetail = NonNullable<Awaited<ReturnType<typeof paymentDetail>>>;
