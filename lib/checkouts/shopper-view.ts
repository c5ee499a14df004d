// What the shopper's pages show of a checkout: its status and its latest payment attempt.
import type { Db } from "../db/client";
import { effectiveCheckoutStatus, type CheckoutStatus } from "./status";

export type ShopperStatus = {
  checkoutId: string;
  checkoutStatus: CheckoutStatus;
  payment: { id: string; provider: string; status: string; failureCode: string | null } | null;
};

export async function shopperStatus(db: Db, checkoutId: string, now = new Date()): Promise<ShopperStatus | null> {
  const checkout = await db.checkout.findUnique({
    where: { id: checkoutId },
    include: { payments: { orderBy: { createdAt: "desc" }, take: 1 } },
  });
  if (!checkout) return null;
  const p = checkout.payments[0];
  return {
    checkoutId,
    checkoutStatus: effectiveCheckoutStatus(checkout, now),
    payment: p ? { id: p.id, provider: p.provider, status: p.status, failureCode: p.failureCode } : null,
  };
}
