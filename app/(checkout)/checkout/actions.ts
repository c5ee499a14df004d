"use server";
// Hosted checkout actions: start (or retry) a payment, cancel an open one.
import { redirect } from "next/navigation";
import { z } from "zod";
import { CheckoutIdSchema } from "@/lib/access/checkout-holder";
import { rememberLocale } from "@/lib/account/remember-locale";
import { cardOwnerIfSignedIn, requireCheckoutHolder } from "@/lib/access/pages";
import { currentSessionRef } from "@/lib/auth/session-ref";
import { acceptTermsAtCheckout } from "@/lib/cards/terms";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { cancelPayment } from "@/lib/checkouts/sync-payment";
import { routeOfCheckout, startRoutedPayment } from "@/lib/checkouts/start-routed-payment";
import { getLocale } from "@/lib/i18n/server";
import { availableProviderIds, getProvider } from "@/lib/providers/registry";
import { needsShopperName } from "@/lib/shopper/name";
import { rememberShopperName } from "@/lib/shopper/remember-name";
import { logger } from "@/lib/log";
import { chargeLinkedCard } from "@/lib/cards/charge-card";
import { WipRefusedError } from "@/lib/payments/wip";

// "save my card" and "I accept the terms" are explicit, unticked checkboxes: only "on" counts.
// The shopper chooses Bancontact, and how: the app (QR code on a desktop) or the bank's page; the
// merchant's route decides which provider serves (lib/routing).
const StartSchema = z.object({
  checkoutId: CheckoutIdSchema,
  how: z.enum(["app", "bank"]).default("app"),
  save: z.literal("on").optional(),
  acceptTerms: z.literal("on").optional(),
  termsId: z.string().regex(/^wtm_[a-z0-9_]{1,40}$/).optional(),
});
const OneClickSchema = z.object({ checkoutId: CheckoutIdSchema, cardId: z.string().regex(/^card_[a-z0-9_]{1,40}$/) });
const CancelSchema = z.object({ checkoutId: CheckoutIdSchema, paymentId: z.string().regex(/^pay_[a-z2-7]{20}$/) });

// An action has no page of its own to answer 404 with: a refused or malformed request goes to the shop.
function toShop(): never {
  redirect("/");
}

function errorCode(error: unknown): string {
  if (error instanceof WipRefusedError) return error.reason;
  if (error instanceof AppError && error.fields.some((f) => f.field === "acceptTerms")) return "terms_required";
  const name = error instanceof AppError ? error.fields.find((f) => f.field === "name") : undefined;
  if (name) return name.message === "is required" ? "name_required" : "name_invalid";
  if (error instanceof AppError) return error.code;
  logger.error("checkout action failed", { error: (error as Error).message });
  return "generic";
}

export async function startPaymentAction(formData: FormData): Promise<void> {
  const field = (key: string) => formData.get(key) ?? undefined;
  const input = StartSchema.safeParse({ checkoutId: field("checkoutId"), how: field("how"), save: field("save"), acceptTerms: field("acceptTerms"), termsId: field("termsId") });
  if (!input.success) toShop();
  const { checkoutId, how } = input.data;
  await requireCheckoutHolder(checkoutId, toShop);
  const save = input.data.save === "on";
  const owner = save ? await cardOwnerIfSignedIn() : null;
  // A guest who asks to save a card signs in first (email link) and comes back to this checkout.
  if (save && !owner) redirect(`/signin?next=${encodeURIComponent(`/checkout/${checkoutId}`)}&reason=save-card`);
  let target: string;
  try {
    const prisma = await db();
    const routing = { available: availableProviderIds(), linkCard: save, bankPage: how === "bank" };
    const line = await routeOfCheckout(prisma, checkoutId, routing);
    // The name is asked for when a provider in line sends it; it is required when the first does.
    const naming = line.find(needsShopperName);
    const raw = formData.get("name");
    if (naming && (needsShopperName(line[0]!) || (typeof raw === "string" && raw.trim() !== ""))) {
      const payer = owner ?? (await cardOwnerIfSignedIn());
      await rememberShopperName(prisma, { checkoutId, provider: naming, cardholderId: payer?.id ?? null, raw });
    }
    const { acceptTerms, termsId } = input.data;
    if (owner) await rememberLocale(prisma, owner.id, await getLocale());
    if (owner && acceptTerms === "on" && termsId) {
      await acceptTermsAtCheckout(prisma, { checkoutId, cardholderId: owner.id, termsId, sessionHash: await currentSessionRef() });
    }
    const result = await startRoutedPayment({ db: prisma, getProvider, ...routing, appUrl: env().appUrl, locale: await getLocale(), cardholderId: owner?.id ?? null }, checkoutId);
    const action = result.action;
    const bankPage = action?.type === "redirect" ? action.url : how === "bank" && action?.type === "qr" ? action.redirectUrl : null;
    target = bankPage ?? `/checkout/${checkoutId}/return?payment=${result.paymentId}`;
  } catch (error) {
    target = `/checkout/${checkoutId}?error=${errorCode(error)}`;
  }
  redirect(target);
}

export async function cancelPaymentAction(formData: FormData): Promise<void> {
  const input = CancelSchema.safeParse({ checkoutId: formData.get("checkoutId"), paymentId: formData.get("paymentId") });
  if (!input.success) toShop();
  const { checkoutId, paymentId } = input.data;
  await requireCheckoutHolder(checkoutId, toShop);
  let target = `/checkout/${checkoutId}/return?payment=${paymentId}`;
  try {
    await cancelPayment(await db(), getProvider, checkoutId, paymentId);
  } catch (error) {
    target = `/checkout/${checkoutId}?error=${errorCode(error)}`;
  }
  redirect(target);
}

/**
 * One click: the signed-in cardholder pays this checkout with a card they saved with this merchant
 * (Bancontact WIP, initiated by the cardholder). No bank page: the charge is answered at once,
 * unless the provider asks the cardholder to confirm, which the status page then offers.
 */
export async function oneClickPayAction(formData: FormData): Promise<void> {
  const input = OneClickSchema.safeParse({ checkoutId: formData.get("checkoutId"), cardId: formData.get("cardId") });
  if (!input.success) toShop();
  const { checkoutId, cardId } = input.data;
  await requireCheckoutHolder(checkoutId, toShop);
  const owner = await cardOwnerIfSignedIn();
  if (!owner) redirect(`/signin?next=${encodeURIComponent(`/checkout/${checkoutId}`)}`);
  let target: string;
  try {
    const prisma = await db();
    const checkout = await prisma.checkout.findUniqueOrThrow({ where: { id: checkoutId }, select: { merchantId: true } });
    const result = await chargeLinkedCard(
      { db: prisma, provider: getProvider, appUrl: env().appUrl },
      { initiation: "consumer", cardId, merchantId: checkout.merchantId, checkoutId, cardholderId: owner.id },
    );
    target = result.action?.type === "redirect" ? result.action.url : `/checkout/${checkoutId}/return?payment=${result.paymentId}`;
  } catch (error) {
    target = `/checkout/${checkoutId}?error=${errorCode(error)}`;
  }
  redirect(target);
}
