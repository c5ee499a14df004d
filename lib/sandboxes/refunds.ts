// Refunds kept by the sandboxes: one table for all, per provider, with the merchant's
// idempotency key so that a retried request returns the first refund.
import { randomBytes } from "node:crypto";
import { db } from "../db/client";

export async function priorRefund(idempotencyKey: string | null) {
  return idempotencyKey ? (await db()).sandboxRefund.findUnique({ where: { idempotencyKey } }) : null;
}

export async function refundsOf(provider: string, paymentRef: string) {
  return (await db()).sandboxRefund.findMany({ where: { provider, paymentRef }, orderBy: { createdAt: "asc" } });
}

export async function recordRefund(provider: string, prefix: string, paymentRef: string, amount: number, idempotencyKey: string | null) {
  return (await db()).sandboxRefund.create({
    data: { id: `${prefix}${randomBytes(12).toString("hex")}`, provider, paymentRef, amount, idempotencyKey },
  });
}
