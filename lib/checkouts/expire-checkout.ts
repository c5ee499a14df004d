// The merchant ends a checkout it no longer wants paid (its shop's cart changed, say): from now
// on no payment starts on it. Refused while a payment on it may still take the money, so an
// order can never be paid twice: the shopper finishes or cancels that payment first.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { effectiveCheckoutStatus } from "./status";

/** Payments that have not ended: each may still become PAID. */
const UNDECIDED = ["CREATED", "PENDING", "IDENTIFIED", "AUTHORIZED"];
/** Payments that took money (a PAID payment whose amount did not match leaves its checkout OPEN). */
const TOOK_MONEY = ["PAID", "REVERSED"];

export async function expireCheckout(db: Db, merchantId: string, checkoutId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Checkout" WHERE id = ${checkoutId} FOR UPDATE`;
    const checkout = await tx.checkout.findFirst({ where: { id: checkoutId, merchantId }, include: { payments: { orderBy: { createdAt: "asc" } } } });
    if (!checkout) throw new AppError("not_found", "checkout not found");
    const status = effectiveCheckoutStatus(checkout, now);
    if (status === "PAID" || checkout.payments.some((p) => TOOK_MONEY.includes(p.status))) throw new AppError("conflict", "this checkout is already paid");
    // Checked before "expired by time": a payment started before the hour ran out may still be
    // paid after it (its provider's own deadline), and would then make the checkout PAID.
    if (checkout.payments.some((p) => UNDECIDED.includes(p.status))) {
      throw new AppError("payment_not_allowed", "a payment on this checkout is still open: it must end (paid, failed or cancelled) first");
    }
    if (status === "EXPIRED") return checkout;
    const expired = await tx.checkout.update({ where: { id: checkoutId }, data: { status: "EXPIRED", expiresAt: now } });
    return { ...expired, payments: checkout.payments };
  });
}
