// A checkout's status as the shopper and the merchant see it.
export type CheckoutStatus = "OPEN" | "PAID" | "EXPIRED";

export function effectiveCheckoutStatus(checkout: { status: string; expiresAt: Date }, now: Date): CheckoutStatus {
  if (checkout.status === "PAID") return "PAID";
  if (checkout.status === "EXPIRED" || checkout.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "OPEN";
}
