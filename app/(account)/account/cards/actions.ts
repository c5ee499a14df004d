"use server";
// Cardholder: add a card, replace (re-link) one, stop a schedule charging one, or delete one;
// always their own cards only.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireCardOwner } from "@/lib/access/pages";
import { currentSessionRef } from "@/lib/auth/session-ref";
import { deleteCard } from "@/lib/cards/delete-card";
import { startCardLink } from "@/lib/cards/start-card-link";
import { acceptTerms } from "@/lib/cards/terms";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { logger } from "@/lib/log";
import { availableProviderIds, getProvider } from "@/lib/providers/registry";
import { stopScheduleAsCardholder } from "@/lib/schedules/stop-schedule";

const CardIdSchema = z.string().regex(/^card_[a-z2-7]{20}$/);
const DeleteSchema = z.object({ cardId: CardIdSchema });
const StopSchema = z.object({ scheduleId: z.string().regex(/^[a-z]{2,5}_[a-z0-9_]{1,40}$/) });
// "I accept the terms" is an explicit, unticked checkbox: only "on" counts.
const LinkSchema = z.union([
  z.object({ merchantId: z.string().regex(/^mer_[a-z0-9_]{1,40}$/), replacesCardId: z.undefined() }),
  z.object({ merchantId: z.undefined(), replacesCardId: CardIdSchema }),
]).and(z.object({ acceptTerms: z.literal("on").optional(), termsId: z.string().regex(/^wtm_[a-z0-9_]{1,40}$/).optional() }));

const AcceptSchema = z.object({ merchantId: z.string().regex(/^mer_[a-z0-9_]{1,40}$/), termsId: z.string().regex(/^wtm_[a-z0-9_]{1,40}$/) });

const field = (formData: FormData, name: string) => formData.get(name) ?? undefined;

export async function deleteCardAction(formData: FormData): Promise<void> {
  const owner = await requireCardOwner();
  const input = DeleteSchema.safeParse({ cardId: formData.get("cardId") });
  if (!input.success) redirect("/account/cards?error=not_found");
  let target = `/account/cards?deleted=${input.data.cardId}`;
  try {
    // Deleted here at once; the link is ended at the provider in the background (revoke-link job).
    await deleteCard(await db(), owner.id, input.data.cardId);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "not_found")) throw error;
    target = "/account/cards?error=not_found";
  }
  redirect(target);
}

export async function stopScheduleAction(formData: FormData): Promise<void> {
  const owner = await requireCardOwner();
  const input = StopSchema.safeParse({ scheduleId: formData.get("scheduleId") });
  if (!input.success) redirect("/account/cards?error=schedule_not_found");
  let target = "/account/cards?stopped=1";
  try {
    await stopScheduleAsCardholder(await db(), owner.id, input.data.scheduleId);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "not_found")) throw error;
    target = "/account/cards?error=schedule_not_found";
  }
  redirect(target);
}

/** Adds a card with a merchant, or replaces one: the verification payment starts, then the bank. */
export async function startCardLinkAction(formData: FormData): Promise<void> {
  const owner = await requireCardOwner();
  const input = LinkSchema.safeParse({ merchantId: field(formData, "merchantId"), replacesCardId: field(formData, "replacesCardId"), acceptTerms: field(formData, "acceptTerms"), termsId: field(formData, "termsId") });
  if (!input.success) redirect("/account/cards?error=not_found");
  const { merchantId, replacesCardId, acceptTerms, termsId } = input.data;
  const page = replacesCardId ? `/account/cards/${replacesCardId}/replace` : `/account/cards/add?merchant=${merchantId}`;
  const { locale, m } = await getI18n();
  let target: string;
  try {
    const accept = acceptTerms === "on" && termsId ? { termsId, sessionHash: await currentSessionRef() } : undefined;
    const result = await startCardLink(
      { db: await db(), provider: getProvider, available: availableProviderIds(), appUrl: env().appUrl, locale, description: m.addCard.description },
      { cardholder: { id: owner.id, email: owner.email }, shopperName: formData.get("name"), ...(merchantId ? { merchantId } : {}), ...(replacesCardId ? { replacesCardId } : {}), ...(accept ? { accept } : {}) },
    );
    // As the checkout does: the provider's page, or the checkout's own page with the QR code.
    target = result.action?.type === "redirect" ? result.action.url : `/checkout/${result.checkoutId}/return?payment=${result.paymentId}`;
  } catch (error) {
    target = `${page}${page.includes("?") ? "&" : "?"}error=${errorCode(error)}`;
  }
  redirect(target);
}

function errorCode(error: unknown): string {
  if (error instanceof AppError && error.fields.some((f) => f.field === "acceptTerms")) return "terms_required";
  const name = error instanceof AppError ? error.fields.find((f) => f.field === "name") : undefined;
  if (name) return name.message === "is required" ? "name_required" : "name_invalid";
  if (error instanceof AppError && error.code === "not_found") return "not_found";
  if (error instanceof AppError) return error.code;
  logger.error("card link failed to start", { error: (error as Error).message });
  return "generic";
}

/** The cardholder accepts a merchant's new terms for saved cards from the cards page. */
export async function acceptTermsAction(formData: FormData): Promise<void> {
  const owner = await requireCardOwner();
  const input = AcceptSchema.safeParse({ merchantId: formData.get("merchantId"), termsId: formData.get("termsId") });
  if (!input.success) redirect("/account/cards?error=terms_changed");
  let target = "/account/cards?accepted=1";
  try {
    const sessionHash = await currentSessionRef();
    if (!sessionHash) throw new AppError("invalid_request", "sign in again to accept the terms", [{ field: "acceptTerms", message: "needs a current sign-in" }]);
    await acceptTerms(await db(), { cardholderId: owner.id, merchantId: input.data.merchantId, termsId: input.data.termsId, sessionHash });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    target = "/account/cards?error=terms_changed";
  }
  redirect(target);
}
