// What the hosted checkout pages need, in one read.
import type { Db } from "../db/client";
import { providersAccepting } from "../payments/limits";
import type { ProviderId } from "../payments/providers";
import { checkLinkAndPay, merchantWipMax } from "../payments/wip";
import { candidates } from "../routing/route";
import { offersQr } from "../routing/capabilities";
import { enabledProvidersOf } from "./create-checkout";
import { needsShopperName } from "../shopper/name";
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
  const query = { amount: checkout.amount, currency: checkout.currency, wipMax: merchantWipMax(checkout.merchant) };
  const route = candidates(checkout.merchant, available, { ...query, linkCard: false });
  const bankRoute = candidates(checkout.merchant, available, { ...query, linkCard: false, bankPage: true });
  const saveRoute = candidates(checkout.merchant, available, { ...query, linkCard: true });
  return {
    checkout,
    merchant: checkout.merchant,
    status: effectiveCheckoutStatus(checkout, now),
    latest,
    linkedCard,
    providers,
    /** Providers on which this checkout may link the card (the scheme's WIP rules allow it). */
    linkable: providers.filter((p) => checkLinkAndPay(p, checkout.amount, merchantWipMax(checkout.merchant)) === null),
    /** The one Bancontact choice (lib/routing): who would serve, in order; never shown to the shopper. */
    choice: {
      route,
      /** The first in line shows a QR code (desktop) or opens the app (phone). */
      app: route[0] !== undefined && offersQr(route[0]),
      /** A provider in line has a bank page, for "pay on your bank's page". */
      bankPage: bankRoute.length > 0,
      /** "Save my card" is offered: a provider of the linking route accepts this payment. */
      save: saveRoute.length > 0,
      /** Providers that may serve and need the shopper's real name, and whether the first does. */
      naming: [...new Set([...route, ...bankRoute, ...saveRoute])].filter(needsShopperName),
      nameRequired: route[0] !== undefined && needsShopperName(route[0]),
    },
  };
}
/** The browser tab names the merchant the shopper is paying (nothing else of the checkout). */
export async function checkoutTitle(db: Db, checkoutId: string, page: string): Promise<string> {
  const checkout = await db.checkout.findUnique({ where: { id: checkoutId }, select: { merchant: { select: { name: true } } } });
  return checkout ? `${page} · ${checkout.merchant.name}` : page;
}

export type CheckoutPageData = NonNullable<Awaited<ReturnType<typeof loadCheckoutPage>>>;
