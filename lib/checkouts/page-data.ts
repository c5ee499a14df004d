// What the hosted checkout pages need, in one read.
import type { Db } from "../db/client";
import { providersAccepting } from "../payments/limits";
import type { ProviderId } from "../payments/providers";
import { checkLinkAndPay, merchantWipMax } from "../payments/wip";
import { enabledProvidersOf } from "./create-checkout";
import { effectiveCheckoutStatus } from "./status";

export async function loadCheckoutPage(db: Db, checkoutId: string, available: readonly ProviderId[], now = new Date()) {
  const checkout = await db.checkout.findUnique({
    where: { id: checkoutId },
    include: { merchant: true, payments: { orderBy: { createdAt: "desc" } } },
  });
  if (!checkout) return null;
  const latest = checkout.payments[0] ?? null;
  const linkedCard = latest ? await db.linkedCard.findUnique({ where: { paymentId: latest.id }, select: { bin: true, last4: true, expiry: true } }) : null;
  const providers = providersAccepting(enabledProvidersOf(checkout.merchant, available), checkout.amount, checkout.currency);
  return {
    checkout,
    merchant: checkout.merchant,
    status: effectiveCheckoutStatus(checkout, now),
    latest,
    linkedCard,
    providers,
    /** Providers on which this checkout may link the card (the scheme's WIP rules allow it). */
    linkable: providers.filter((p) => checkLinkAndPay(p, checkout.amount, merchantWipMax(checkout.merchant)) === null),
  };
}
/** The browser tab names the merchant the shopper is paying (nothing else of the checkout). */
export async function checkoutTitle(db: Db, checkoutId: string, page: string): Promise<string> {
  const checkout = await db.checkout.findUnique({ where: { id: checkoutId }, select: { merchant: { select: { name: true } } } });
  return checkout ? `${page} · ${checkout.merchant.name}` : page;
}

export type CheckoutPageData = NonNullable<Awaited<ReturnType<typeof loadCheckoutPage>>>;
