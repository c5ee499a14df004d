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
import { startPayment } from "@/lib/checkouts/start-payment";
import { getLocale } from "@/lib/i18n/server";
import { ProviderIdSchema } from "@/lib/payments/providers";
import { getProvider } from "@/lib/providers/registry";
import { logger } from "@/lib/log";

// "save my card" and "I accept the terms" are explicit, unticked checkboxes: only "on" counts.
const StartSchema = z.object({
  checkoutId: CheckoutIdSchema,
  provider: ProviderIdSchema,
  save: z.literal("on").optional(),
  acceptTerms: z.literal("on").optional(),
  termsId: z.string().regex(/^wtm_[a-z0-9_]{1,40}$/).optional(),
});
const CancelSchema = z.object({ checkoutId: CheckoutIdSchema, paymentId: z.string().regex(/^pay_[a-z2-7]{20}$/) });

// An action has no page of its own to answer 404 with: a refused or malformed request goes to the shop.
function toShop(): never {
  redirect("/");
}

function errorCode(error: unknown): string {
  if (error instanceof AppError && error.fields.some((f) => f.field === "acceptTerms")) return "terms_required";
  if (error instanceof AppError) return error.code;
  logger.error("checkout action failed", { error: (error as Error).message });
  return "generic";
}

export async function startPaymentAction(formData: FormData): Promise<void> {
  const input = StartSchema.safeParse({ checkoutId: formData.get("checkoutId"), provider: formData.get("provider"), save: formData.get("save") ?? undefined, acceptTerms: formData.get("acceptTerms") ?? undefined, termsId: formData.get("termsId") ?? undefined });
  if (!input.success) toShop();
  const { checkoutId, provider: providerId } = input.data;
  await requireCheckoutHolder(checkoutId, toShop);
  const save = input.data.save === "on";
  const owner = save ? await cardOwnerIfSignedIn() : null;
  // A guest who asks to save a card signs in first (email link) and comes back to this checkout.
  if (save && !owner) redirect(`/signin?next=${encodeURIComponent(`/checkout/${checkoutId}`)}&reason=save-card`);
  const provider = getProvider(providerId);
  let target: string;
  try {
    if (!provider) throw new AppError("invalid_request", "provider not available");
    const { acceptTerms, termsId } = input.data;
    if (owner) await rememberLocale(await db(), owner.id, await getLocale());
    if (owner && acceptTerms === "on" && termsId) {
      await acceptTermsAtCheckout(await db(), { checkoutId, cardholderId: owner.id, termsId, sessionHash: await currentSessionRef() });
    }
    const result = await startPayment({ db: await db(), provider, appUrl: env().appUrl, locale: await getLocale(), linkCard: save, cardholderId: owner?.id ?? null }, checkoutId);
    target = result.action?.type === "redirect" ? result.action.url : `/checkout/${checkoutId}/return?payment=${result.paymentId}`;
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
