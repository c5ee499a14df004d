// Adding a card from the cards page, or re-linking one (seed 002: a link cannot be updated, so a
// re-link is a new link-and-pay payment): the cardholder's acceptance of the merchant's current
// terms is recorded, a checkout of kind "card-verification" is made for the merchant's
// verification amount, and a link-and-pay payment starts on the merchant's linking provider
// through the checkout's own start (same guards). A re-link names the card it replaces; the
// replacement happens only when that payment succeeds (lib/cards/link-card.ts).
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { newId, randomToken } from "../ids";
import { startPayment, type StartPaymentResult } from "../checkouts/start-payment";
import { CHECKOUT_LIFETIME_MS } from "../checkouts/create-checkout";
import type { ProviderId } from "../payments/providers";
import type { PaymentProvider } from "../providers/types";
import { cardState } from "./card-state";
import { linkOfferFor } from "./link-offer";
import { acceptTerms, hasAcceptedCurrentTerms } from "./terms";
import { needsShopperName, ShopperNameSchema } from "../shopper/name";

/** The linking providers send the cardholder's real name: asked on the form, refused naming the field. */
function parseShopperName(raw: unknown): string {
  const parsed = ShopperNameSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const message = typeof raw !== "string" || raw.trim() === "" ? "is required" : (parsed.error.issues[0]?.message ?? "is not valid");
  throw new AppError("invalid_request", `name ${message}`, [{ field: "name", message }]);
}

export type CardLinkCtx = {
  db: Db;
  provider: (id: ProviderId) => PaymentProvider | undefined;
  available: readonly ProviderId[];
  appUrl: string;
  locale: string;
  /** The checkout's description, in the cardholder's language ("Card verification"). */
  description: string;
  now?: () => Date;
};

export type CardLinkInput = {
  cardholder: { id: string; email: string };
  /** Adding: the merchant to add a card with. Re-linking: taken from the replaced card. */
  merchantId?: string;
  replacesCardId?: string;
  /** The full name as typed on the form (raw): the linking provider sends it (lib/shopper/name.ts). */
  shopperName?: unknown;
  /** The terms version the cardholder ticked "I accept" for, and the session it came from. */
  accept?: { termsId: string; sessionHash: string | null };
};

/** The merchant a re-link is with: the old card's, if the card is the cardholder's and not deleted. */
async function replacedCardMerchant(db: Db, cardholderId: string, cardId: string, now: Date): Promise<string> {
  const card = await db.linkedCard.findFirst({ where: { id: cardId, cardholderId }, select: { merchantId: true, deletedAt: true, status: true, expiry: true, lastUsedAt: true } });
  if (!card) throw new AppError("not_found", "card not found");
  if (cardState(card, now) === "deleted") throw new AppError("payment_not_allowed", "a deleted card cannot be replaced: add a new card");
  return card.merchantId;
}

export async function startCardLink(ctx: CardLinkCtx, input: CardLinkInput): Promise<StartPaymentResult & { checkoutId: string }> {
  const now = (ctx.now ?? (() => new Date()))();
  const { db } = ctx;
  const merchantId = input.replacesCardId ? await replacedCardMerchant(db, input.cardholder.id, input.replacesCardId, now) : input.merchantId;
  if (!merchantId) throw new AppError("invalid_request", "choose a shop", [{ field: "merchantId", message: "is required" }]);
  const offer = await linkOfferFor(db, input.cardholder.id, merchantId, ctx.available);
  if (!offer) throw new AppError("payment_not_allowed", "this shop does not offer saving cards");
  const client = ctx.provider(offer.provider);
  if (!client) throw new AppError("provider_unavailable", "the provider that links cards is not available");

  // The name first: kept on the account even if the terms are still to be ticked, so the form
  // comes back filled.
  const shopperName = needsShopperName(offer.provider) ? parseShopperName(input.shopperName) : null;
  if (shopperName) await db.cardholder.update({ where: { id: input.cardholder.id }, data: { name: shopperName } });
  if (input.accept) {
    if (!input.accept.sessionHash) throw new AppError("invalid_request", "sign in again to accept the terms", [{ field: "acceptTerms", message: "needs a current sign-in" }]);
    await acceptTerms(db, { cardholderId: input.cardholder.id, merchantId, termsId: input.accept.termsId, sessionHash: input.accept.sessionHash });
  }
  // Asked before the checkout is made, so a missing acceptance leaves nothing behind.
  if (!(await hasAcceptedCurrentTerms(db, input.cardholder.id, merchantId))) {
    throw new AppError("invalid_request", "accept the merchant's terms for saved cards first", [{ field: "acceptTerms", message: "must be accepted" }]);
  }

  const checkout = await db.checkout.create({
    data: {
      id: newId("chk"),
      merchantId,
      kind: "card-verification",
      shopperName,
      amount: offer.amount,
      currency: "EUR",
      description: ctx.description,
      merchantReference: `CARD-${randomToken(12).toUpperCase()}`,
      customerEmail: input.cardholder.email,
      returnUrl: `${ctx.appUrl}/account/cards`,
      status: "OPEN",
      expiresAt: new Date(now.getTime() + CHECKOUT_LIFETIME_MS),
    },
  });
  const result = await startPayment(
    { db, provider: client, appUrl: ctx.appUrl, locale: ctx.locale, linkCard: true, cardholderId: input.cardholder.id, replacesCardId: input.replacesCardId ?? null, ...(ctx.now ? { now: ctx.now } : {}) },
    checkout.id,
  );
  return { ...result, checkoutId: checkout.id };
}
