// What the hosted checkout pages need, in one read.
import type { Db } from "../db/client";
import { providersAccepting } from "../payments/limits";
import { enabledProvidersOf } from "./create-checkout";
import { effectiveCheckoutStatus } from "./status";

export async function loadCheckoutPage(db: Db, checkoutId: string, now = new Date()) {
  const checkout = await db.checkout.findUnique({
    where: { id: checkoutId },
    include: { merchant: true, payments: { orderBy: { createdAt: "desc" } } },
  });
  if (!checkout) return null;
  return {
    checkout,
    merchant: checkout.merchant,
    status: effectiveCheckoutStatus(checkout, now),
    latest: checkout.payments[0] ?? null,
    providers: providersAccepting(enabledProvidersOf(checkout.merchant), checkout.amount, checkout.currency),
  };
}
export type CheckoutPageData = NonNullable<Awaited<ReturnType<typeof loadCheckoutPage>>>;
