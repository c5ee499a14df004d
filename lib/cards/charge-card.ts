// Charging a linked card (Bancontact Wallet Initiated Payment): one-click by its cardholder at a
// checkout, or merchant-initiated (ad hoc or by a schedule). One transaction checks that the card
// may be charged (lib/cards/chargeable.ts), reserves the amount against the scheme's limits
// (reserve-wip-charge.ts) and writes the payment; the provider is called after it commits, and
// its answer is applied like any other (lib/checkouts/apply-update.ts), which also settles the
// reservation and the card's lastUsedAt (wip-outcome.ts).
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { logger } from "../log";
import { openSecret } from "../crypto/token-keys";
import { applyProviderSnapshot } from "../checkouts/apply-update";
import { effectiveCheckoutStatus } from "../checkouts/status";
import { isInFlightToSuccess, PaymentStatusSchema, type PaymentStatus } from "../payments/states";
import type { ProviderId } from "../payments/providers";
import { WipRefusedError } from "../payments/wip";
import { ProviderError, type PaymentProvider, type ShopperAction } from "../providers/types";
import { checkCardChargeable } from "./chargeable";
import { reserveWipChargeIn, finishWipCharge, type WipInitiation } from "./reserve-wip-charge";
import { hasAcceptedCurrentTerms } from "./terms";
import { sendWaitingChargeMail } from "../notifications/charge-mails";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** How long a merchant-initiated charge may wait for the cardholder when the provider asks them to authenticate. */
export const WIP_CHECKOUT_LIFETIME_MS = 24 * 60 * 60 * 1000;

export type ChargeCardDeps = {
  db: Db;
  provider: (id: ProviderId) => PaymentProvider | undefined;
  appUrl: string;
  now?: () => Date;
};

type Common = { cardId: string; merchantId: string; scheduleId?: string | null; /** Which charge of the schedule (1 = the first, made when it is set up). */ occurrence?: number };

export type ChargeCardInput =
  /** One-click: the cardholder pays an open checkout with their card. */
  | (Common & { initiation: "consumer"; checkoutId: string; cardholderId: string })
  /** Merchant-initiated: a new charge of its own (a checkout of kind wip-charge holds it). */
  | (Common & { initiation: "merchant"; amount: number; currency: string; description: string; orderReference: string });

export type ChargeCardResult = { paymentId: string; checkoutId: string; status: PaymentStatus; action: ShopperAction | null };

type Prepared = {
  paymentId: string;
  cardId: string;
  checkoutId: string;
  wipChargeId: string;
  provider: ProviderId;
  sealedReference: string;
  amount: number;
  description: string;
  accountHolderName: string | null;
};

async function prepare(tx: Tx, input: ChargeCardInput, now: Date): Promise<Prepared> {
  // The card row lock comes first (reserveWipChargeIn takes it again, harmlessly): it serialises
  // charges and deletion of this card.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "LinkedCard" WHERE id = ${input.cardId} AND "merchantId" = ${input.merchantId} FOR UPDATE`;
  const card = locked.length ? await tx.linkedCard.findUnique({ where: { id: input.cardId }, include: { cardholder: true } }) : null;
  // Someone else's card is "not found", never "not yours": its existence is not disclosed.
  if (!card || !card.cardholderId || !card.cardholder) throw new AppError("not_found", "linked card not found", [{ field: "card", message: "not found" }]);
  if (input.initiation === "consumer" && card.cardholderId !== input.cardholderId) {
    throw new AppError("not_found", "linked card not found", [{ field: "card", message: "not found" }]);
  }
  const accepted = input.initiation === "merchant" ? await hasAcceptedCurrentTerms(tx, card.cardholderId, input.merchantId) : true;
  const refusal = checkCardChargeable(card, { initiation: input.initiation, acceptedCurrentTerms: accepted, now });
  if (refusal) throw new WipRefusedError(refusal);
  if (!card.tokenEncrypted) throw new WipRefusedError({ reason: "wip_card_deleted", field: "card", message: "this card's link was destroyed: it can no longer be charged" });

  let checkoutId: string;
  let amount: number;
  let currency: string;
  let description: string;
  let orderReference: string;
  if (input.initiation === "consumer") {
    await tx.$queryRaw`SELECT id FROM "Checkout" WHERE id = ${input.checkoutId} FOR UPDATE`;
    const checkout = await tx.checkout.findUnique({ where: { id: input.checkoutId }, include: { payments: true } });
    if (!checkout || checkout.merchantId !== input.merchantId) throw new AppError("not_found", "checkout not found");
    const status = effectiveCheckoutStatus(checkout, now);
    if (status === "PAID") throw new AppError("payment_not_allowed", "this checkout is already paid");
    if (status === "EXPIRED") throw new AppError("payment_not_allowed", "this checkout has expired");
    if (checkout.payments.some((p) => isInFlightToSuccess(PaymentStatusSchema.parse(p.status)))) {
      throw new AppError("payment_not_allowed", "a payment for this checkout is already being completed");
    }
    // A QR code or bank page still open could be paid as well: it is cancelled first.
    if (checkout.payments.some((p) => p.status === "CREATED" || p.status === "PENDING")) {
      throw new AppError("payment_not_allowed", "cancel the payment you started before paying with your saved card");
    }
    ({ amount, currency, description } = checkout);
    orderReference = checkout.merchantReference;
    checkoutId = checkout.id;
  } else {
    ({ amount, currency, description, orderReference } = input);
    checkoutId = newId("chk");
    await tx.checkout.create({
      data: {
        id: checkoutId,
        merchantId: input.merchantId,
        amount,
        currency,
        description,
        merchantReference: orderReference,
        customerEmail: card.cardholder.email,
        shopperName: card.cardholder.name,
        kind: "wip-charge",
        returnUrl: "/account/cards",
        status: "OPEN",
        expiresAt: new Date(now.getTime() + WIP_CHECKOUT_LIFETIME_MS),
      },
    });
  }

  const reservation = await reserveWipChargeIn(tx, {
    merchantId: input.merchantId,
    cardId: card.id,
    amount,
    currency,
    orderReference,
    initiation: input.initiation satisfies WipInitiation,
    scheduleId: input.scheduleId ?? null,
    ...(input.occurrence ? { occurrence: input.occurrence } : {}),
    now,
  });
  const paymentId = newId("pay");
  await tx.payment.create({
    data: {
      id: paymentId,
      checkoutId,
      merchantId: input.merchantId,
      provider: card.provider,
      status: "CREATED",
      amount,
      currency,
      initiation: input.initiation,
      linkedCardId: card.id,
      scheduleId: input.scheduleId ?? null,
      wipChargeId: reservation.id,
      cardholderId: card.cardholderId,
    },
  });
  await tx.wipCharge.update({ where: { id: reservation.id }, data: { paymentId } });
  await tx.paymentEvent.create({
    data: {
      id: newId("pev"),
      paymentId,
      fromStatus: "CREATED",
      toStatus: "CREATED",
      source: input.initiation === "consumer" ? "cardholder" : "merchant",
      detail: input.initiation === "consumer" ? "one-click payment with a saved card" : input.scheduleId ? "scheduled charge on a saved card" : "merchant-initiated charge on a saved card",
    },
  });
  return {
    paymentId,
    cardId: card.id,
    checkoutId,
    wipChargeId: reservation.id,
    provider: card.provider as ProviderId,
    sealedReference: card.tokenEncrypted,
    amount,
    description,
    accountHolderName: card.holderName ?? card.cardholder.name,
  };
}

/**
 * Charges a linked card. Refusals (WipRefusedError, AppError) come before any provider call and
 * change nothing. A provider's refusal fails the payment and frees the reservation; a provider
 * that cannot be reached leaves the payment PENDING with its reservation counted, since the
 * charge may have gone through: it is never charged again blindly.
 */
export async function chargeLinkedCard(deps: ChargeCardDeps, input: ChargeCardInput): Promise<ChargeCardResult> {
  const now = (deps.now ?? (() => new Date()))();
  const found = await deps.db.linkedCard.findFirst({ where: { id: input.cardId, merchantId: input.merchantId }, select: { provider: true } });
  if (!found) throw new AppError("not_found", "linked card not found", [{ field: "card", message: "not found" }]);
  const provider = deps.provider(found.provider as ProviderId);
  if (!provider?.chargeLink) throw new AppError("not_configured", "the provider that linked this card is not available on this installation");
  const p = await deps.db.$transaction((tx) => prepare(tx, input, now));
  try {
    const charged = await provider.chargeLink({
      paymentId: p.paymentId,
      linkReference: openSecret(p.sealedReference),
      amount: p.amount,
      currency: "EUR",
      description: p.description,
      initiation: input.initiation,
      accountHolderName: p.accountHolderName,
      // A one-click payer is on the checkout; a merchant's charge is authenticated, when the
      // issuer asks for it, from the cardholder's page for it (the mail links there).
      returnUrl: input.initiation === "consumer" ? `${deps.appUrl}/checkout/${p.checkoutId}/return?payment=${p.paymentId}` : `${deps.appUrl}/account/charges/${p.paymentId}`,
      webhookUrl: `${deps.appUrl}/api/webhooks/${provider.id}`,
      idempotencyKey: p.paymentId,
    });
    const a = charged.action;
    await applyProviderSnapshot(deps.db, provider.id, charged, "wip", {
      actionUrl: a?.type === "redirect" ? a.url : a?.type === "qr" ? a.redirectUrl : null,
      ...(a?.type === "qr" ? { qr: { payload: a.payload, deepLink: a.deepLink, expiresAt: a.expiresAt } } : {}),
    });
    if (charged.cardExpiry) await deps.db.linkedCard.update({ where: { id: input.cardId }, data: { expiry: charged.cardExpiry } });
    const after = await deps.db.payment.findUniqueOrThrow({ where: { id: p.paymentId }, select: { status: true } });
    // The issuer wants the cardholder to authenticate a charge they did not start: ask them by mail.
    if (input.initiation === "merchant" && after.status === "PENDING" && a) await sendWaitingChargeMail(deps.db, p.paymentId);
    return { paymentId: p.paymentId, checkoutId: p.checkoutId, status: PaymentStatusSchema.parse(after.status), action: a };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    await recordChargeFailure(deps.db, p, error);
    if (error.kind === "rejected") {
      throw new AppError("provider_rejected", error.message, error.details.field ? [{ field: error.details.field, message: error.message }] : []);
    }
    throw new AppError("provider_unavailable", "the payment provider did not answer; the charge's outcome is not known yet and it will not be repeated");
  }
}

async function recordChargeFailure(db: Db, p: Prepared, error: ProviderError): Promise<void> {
  const unknown = error.kind !== "rejected";
  logger.warn("provider did not accept a WIP charge", { paymentId: p.paymentId, provider: error.provider, kind: error.kind, code: error.details.code });
  await db.$transaction(async (tx) => {
    const to = unknown ? "PENDING" : "FAILED";
    await tx.payment.update({
      where: { id: p.paymentId },
      data: { status: to, failureCode: error.details.code ?? error.kind, failureMessage: error.message.slice(0, 1000), ...(unknown ? {} : { completedAt: new Date() }) },
    });
    await tx.paymentEvent.create({
      data: { id: newId("pev"), paymentId: p.paymentId, fromStatus: "CREATED", toStatus: to, source: "wip", detail: error.message.slice(0, 1000) },
    });
    // Refused: nothing was charged, the amount no longer counts. Unanswered: it still counts.
    if (!unknown) await finishWipCharge(tx, p.wipChargeId, "FAILED");
    if (error.details.code === "link_unusable") {
      // The provider says the link is over: never offered or charged again, the cardholder re-links.
      await tx.linkedCard.update({ where: { id: p.cardId }, data: { status: "FAILED" } });
    }
  });
}
