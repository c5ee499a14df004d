// Starting (or retrying) a payment on a checkout. Guards against paying twice: one payment in
// flight at a time, a double click reuses the payment just started, and a retry first cancels
// the abandoned attempt at the provider. No provider is called inside a database transaction.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { isLocale } from "../i18n/locales";
import { newId } from "../ids";
import { logger } from "../log";
import { checkPaymentLimits } from "../payments/limits";
import { checkLinkAndPay, merchantWipMax, WipRefusedError } from "../payments/wip";
import { isInFlightToSuccess, PaymentStatusSchema } from "../payments/states";
import { ProviderError, type PaymentProvider, type ShopperAction } from "../providers/types";
import { hasAcceptedCurrentTerms } from "../cards/terms";
import { needsShopperName } from "../shopper/name";
import { applyProviderSnapshot } from "./apply-update";
import { linkingRoute, paymentRoute, shouldFallBack } from "../routing/route";
import type { ProviderId } from "../payments/providers";
import { effectiveCheckoutStatus } from "./status";

/** A second click within this time reuses the payment the first one started. */
const REUSE_WINDOW_MS = 2 * 60 * 1000;
/** Longer than any provider call may take (their clients time out at 15 s). */
const STARTING_WINDOW_MS = 60 * 1000;

export type StartPaymentResult = { paymentId: string; action: ShopperAction | null };

type Ctx = {
  db: Db;
  provider: PaymentProvider;
  appUrl: string;
  locale: string;
  /** Link and pay: keep the card for later payments once this one succeeds. */
  linkCard?: boolean;
  /** The signed-in cardholder paying, if any: the only one a linked card can belong to. */
  cardholderId?: string | null;
  /** Re-linking: the card this link-and-pay payment replaces once it succeeds (lib/cards/link-card.ts). */
  replacesCardId?: string | null;
  /** This attempt is a fallback (lib/routing): the provider that failed before it, and how. */
  fallback?: { from: ProviderId; reason: string } | null;
  now?: () => Date;
};

/**
 * The provider could not be reached, timed out or answered 5xx while creating the payment: the
 * attempt is recorded FAILED (nothing in flight blocks the next one) and the router may try the
 * next provider in line (lib/checkouts/start-routed-payment.ts).
 */
export class ProviderDownError extends AppError {
  constructor(readonly providerError: ProviderError) {
    super("provider_unavailable", "the payment provider is not available, try again or choose another method");
  }
}

type Plan = { kind: "reuse"; paymentId: string } | { kind: "cancel"; stale: { id: string; providerPaymentId: string }[] } | { kind: "create"; paymentId: string };

async function plan(ctx: Ctx, checkoutId: string, allowCreate: boolean): Promise<Plan> {
  const providerId = ctx.provider.id;
  const linkCard = ctx.linkCard ?? false;
  const cardholderId = ctx.cardholderId ?? null;
  // A card belongs to a verified cardholder account, never to the checkout's unverified email.
  if (linkCard && !cardholderId) throw new AppError("invalid_request", "sign in to save your card", [{ field: "save", message: "sign in first" }]);
  const now = (ctx.now ?? (() => new Date()))();
  return ctx.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Checkout" WHERE id = ${checkoutId} FOR UPDATE`;
    const checkout = await tx.checkout.findUnique({
      where: { id: checkoutId },
      include: { merchant: true, payments: { orderBy: { createdAt: "desc" } } },
    });
    if (!checkout) throw new AppError("not_found", "checkout not found");
    const status = effectiveCheckoutStatus(checkout, now);
    if (status === "PAID") throw new AppError("payment_not_allowed", "this checkout is already paid");
    if (status === "EXPIRED") throw new AppError("payment_not_allowed", "this checkout has expired");
    // A provider of the merchant's payment route, or, to link a card, of its linking route.
    const offered = paymentRoute(checkout.merchant).includes(providerId) || (linkCard && linkingRoute(checkout.merchant).includes(providerId));
    if (!offered) {
      throw new AppError("invalid_request", "this payment method is not offered", [{ field: "provider", message: "is not enabled" }]);
    }
    // PPRO (consumer.name, accountholdername) and WooshPay (billing_details) carry the shopper's
    // real name: it is asked for on the checkout page, never made up.
    if (needsShopperName(providerId) && !checkout.shopperName) {
      throw new AppError("invalid_request", "name is required", [{ field: "name", message: "is required" }]);
    }
    // Bancontact WIP: no card is linked before the cardholder accepted the merchant's current terms.
    if (linkCard && cardholderId && !(await hasAcceptedCurrentTerms(tx, cardholderId, checkout.merchantId))) {
      throw new AppError("invalid_request", "accept the merchant's terms for saved cards first", [{ field: "acceptTerms", message: "must be accepted" }]);
    }
    const violation = checkPaymentLimits(providerId, checkout.amount, checkout.currency);
    if (violation) throw new AppError("amount_out_of_range", violation.message, [{ field: violation.field, message: violation.message }]);
    const linkRefusal = linkCard ? checkLinkAndPay(providerId, checkout.amount, merchantWipMax(checkout.merchant)) : null;
    if (linkRefusal) throw new WipRefusedError(linkRefusal);

    const inFlight = checkout.payments.find((p) => isInFlightToSuccess(PaymentStatusSchema.parse(p.status)));
    if (inFlight) throw new AppError("payment_not_allowed", "a payment for this checkout is already being completed");
    // A saved-card payment whose answer is not known yet (its provider did not answer, or the
    // cardholder is confirming it) may still take the money: nothing else starts meanwhile.
    if (checkout.payments.some((p) => p.initiation !== "checkout" && (p.status === "CREATED" || p.status === "PENDING"))) {
      throw new AppError("payment_not_allowed", "a payment with your saved card is still being confirmed");
    }

    const open = checkout.payments.filter((p) => p.status === "CREATED" || p.status === "PENDING");
    const age = (p: { createdAt: Date }) => now.getTime() - p.createdAt.getTime();
    // An attempt whose provider call is still under way: whatever was clicked, nothing else starts.
    const starting = open.find((p) => !p.providerPaymentId && age(p) < STARTING_WINDOW_MS);
    const owner = linkCard ? cardholderId : null;
    const same = (p: { provider: string; linkCard: boolean; cardholderId: string | null }) => p.provider === providerId && p.linkCard === linkCard && p.cardholderId === owner;
    if (starting && !same(starting)) {
      throw new AppError("payment_not_allowed", "a payment for this checkout is being started");
    }
    const recent = open.find((p) => same(p) && age(p) < REUSE_WINDOW_MS);
    if (recent) return { kind: "reuse", paymentId: recent.id };
    const stale = open.flatMap((p) => (p.providerPaymentId ? [{ id: p.id, providerPaymentId: p.providerPaymentId, provider: p.provider }] : []));
    if (stale.length > 0) {
      if (stale.some((p) => p.provider !== providerId)) {
        // Another provider's attempt is open: it is cancelled by that provider's own flow first.
        throw new AppError("payment_not_allowed", "cancel the open payment before paying another way");
      }
      return { kind: "cancel", stale };
    }
    if (!allowCreate) throw new AppError("conflict", "the checkout changed, try again");
    const paymentId = newId("pay");
    await tx.payment.create({
      data: {
        id: paymentId,
        checkoutId,
        merchantId: checkout.merchantId,
        provider: providerId,
        status: "CREATED",
        amount: checkout.amount,
        currency: checkout.currency,
        linkCard,
        cardholderId: owner,
        replacesCardId: linkCard ? (ctx.replacesCardId ?? null) : null,
        // A guest's receipt is written in the language they paid in.
        locale: isLocale(ctx.locale) ? ctx.locale : null,
        fallbackFrom: ctx.fallback?.from ?? null,
        routedReason: ctx.fallback?.reason.slice(0, 500) ?? null,
      },
    });
    await tx.paymentEvent.create({
      data: { id: newId("pev"), paymentId, fromStatus: "CREATED", toStatus: "CREATED", source: "shopper", detail: "payment started" },
    });
    return { kind: "create", paymentId };
  });
}

async function awaitAction(db: Db, paymentId: string): Promise<StartPaymentResult> {
  // The first click is still talking to the provider: wait for its answer rather than start another.
  for (let i = 0; i < 40; i++) {
    const p = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    if (p.actionUrl || p.qrPayload || p.status !== "CREATED") {
      const action: ShopperAction | null = p.qrPayload
        ? { type: "qr", payload: p.qrPayload, deepLink: p.deepLink, redirectUrl: p.actionUrl, expiresAt: p.expiresAt }
        : p.actionUrl
          ? { type: "redirect", url: p.actionUrl }
          : null;
      return { paymentId, action };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new AppError("provider_unavailable", "the payment provider is slow to answer, try again shortly");
}

export async function startPayment(ctx: Ctx, checkoutId: string): Promise<StartPaymentResult> {
  let step = await plan(ctx, checkoutId, true);
  if (step.kind === "cancel") {
    for (const p of step.stale) {
      const snap = await ctx.provider.cancelPayment(p.providerPaymentId).catch(() => ctx.provider.getPayment(p.providerPaymentId));
      await applyProviderSnapshot(ctx.db, ctx.provider.id, snap, "retry");
    }
    step = await plan(ctx, checkoutId, true);
    if (step.kind === "cancel") throw new AppError("payment_not_allowed", "the previous payment could not be cancelled yet");
  }
  if (step.kind === "reuse") return awaitAction(ctx.db, step.paymentId);

  const paymentId = step.paymentId;
  const checkout = await ctx.db.checkout.findUniqueOrThrow({ where: { id: checkoutId }, include: { merchant: true } });
  try {
    const started = await ctx.provider.startPayment({
      paymentId,
      amount: checkout.amount,
      currency: "EUR",
      description: checkout.description,
      merchantReference: checkout.merchantReference,
      customerEmail: checkout.customerEmail,
      shopperName: checkout.shopperName ?? "",
      returnUrl: `${ctx.appUrl}/checkout/${checkoutId}/return?payment=${paymentId}`,
      webhookUrl: `${ctx.appUrl}/api/webhooks/${ctx.provider.id}`,
      idempotencyKey: paymentId,
      locale: ctx.locale,
      linkCard: ctx.linkCard ?? false,
      wipMaxAmount: merchantWipMax(checkout.merchant),
    });
    const a = started.action;
    await applyProviderSnapshot(ctx.db, ctx.provider.id, started, "create", {
      actionUrl: a?.type === "redirect" ? a.url : a?.type === "qr" ? a.redirectUrl : null,
      ...(a?.type === "qr" ? { qr: { payload: a.payload, deepLink: a.deepLink, expiresAt: a.expiresAt } } : {}),
      ...(started.linkReference ? { linkReference: started.linkReference } : {}),
    });
    return { paymentId, action: started.action };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    await recordStartFailure(ctx.db, paymentId, error);
    if (error.kind === "rejected") {
      throw new AppError("provider_rejected", error.message, error.details.field ? [{ field: error.details.field, message: error.message }] : []);
    }
    if (shouldFallBack(error)) throw new ProviderDownError(error);
    throw new AppError("provider_unavailable", "the payment provider is not available, try again or choose another method");
  }
}

async function recordStartFailure(db: Db, paymentId: string, error: ProviderError): Promise<void> {
  const refused = error.details.validationErrors ?? [];
  // The merchant sees each refused field (payment's failure message, and the log), never a
  // generic failure.
  const message = refused.length ? `${error.message}: ${refused.map((v) => `${v.path} (${v.message})`).join("; ")}` : error.message;
  logger.warn("provider refused to start a payment", { paymentId, provider: error.provider, code: error.details.code, fields: refused });
  await db.$transaction(async (tx) => {
    // Only while still CREATED: a webhook that moved the payment meanwhile is not overwritten.
    const moved = await tx.payment.updateMany({
      where: { id: paymentId, status: "CREATED" },
      data: {
        // Refused or unanswered, the shopper never reached the bank page, so this attempt can
        // no longer be paid (even if the provider created it) and a retry starts a fresh one.
        status: "FAILED",
        failureCode: error.details.code ?? error.kind,
        failureMessage: message.slice(0, 1000),
      },
    });
    if (moved.count === 0) return;
    await tx.paymentEvent.create({
      data: { id: newId("pev"), paymentId, fromStatus: "CREATED", toStatus: "FAILED", source: "create", detail: message.slice(0, 1000) },
    });
  });
}
