"use server";
// Back office: charge one of the merchant's saved cards (once or on a schedule; each rendered form
// charges at most once: lib/schedules/form-charge.ts), stop a schedule.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { WipRefusedError } from "@/lib/payments/wip";
import { getProvider } from "@/lib/providers/registry";
import { parseChargeForm, type ChargeFormField } from "@/lib/schedules/charge-form";
import { chargeCardFromForm, FormNonceSchema, newFormNonce } from "@/lib/schedules/form-charge";
import { stopScheduleAsMerchant } from "@/lib/schedules/merchant-schedules";
import { formatDate } from "@/lib/i18n/format";

export type ChargeState =
  | { fields?: ChargeFormField[]; outcome?: "paid" | "waiting" | "failed" | "processing"; nextCharge?: string | null; refusal?: string; nonce?: string }
  | undefined;

const OUTCOME = { PAID: "paid", FAILED: "failed", PENDING: "waiting" } as const;
/** A nonce already used for another charge, or still charging: the form is to be reloaded. */
const FORM_REFUSALS: Record<string, string> = { idempotency_key_reused: "form_used", idempotency_request_in_progress: "form_in_progress" };

export async function chargeCardAction(_prev: ChargeState, formData: FormData): Promise<ChargeState> {
  const user = await requireStaff();
  const parsed = parseChargeForm(formData);
  if (!parsed.ok) return { fields: parsed.fields };
  // Every rendered form carries one; a post without it is not from this page's form.
  const nonce = FormNonceSchema.safeParse(formData.get("nonce"));
  if (!nonce.success) return { refusal: "form_used" };
  try {
    const deps = { db: await db(), provider: getProvider, appUrl: env().appUrl };
    const { answer } = await chargeCardFromForm(deps, user.merchantId, nonce.data, { cardId: parsed.cardId, input: parsed.input });
    if ("error" in answer) return { refusal: FORM_REFUSALS[answer.error] ?? answer.error };
    revalidatePath("/merchant/cards");
    const { locale } = await getI18n();
    const next = answer.nextChargeAt ? formatDate(new Date(answer.nextChargeAt), locale) : null;
    // A fresh nonce for the next charge made from this form; a second post of this one replays this answer.
    return { outcome: OUTCOME[answer.paymentStatus as keyof typeof OUTCOME] ?? "processing", nextCharge: next, nonce: newFormNonce() };
  } catch (error) {
    if (error instanceof WipRefusedError) return { refusal: error.reason };
    if (error instanceof AppError) return { refusal: FORM_REFUSALS[error.code] ?? error.code };
    throw error;
  }
}

export async function stopScheduleAction(formData: FormData): Promise<void> {
  const user = await requireStaff();
  const id = z.string().min(1).max(64).safeParse(formData.get("scheduleId"));
  let found = id.success;
  if (id.success) {
    try {
      await stopScheduleAsMerchant(await db(), user.merchantId, id.data);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "not_found")) throw error;
      found = false;
    }
  }
  revalidatePath("/merchant/cards");
  redirect(found ? "/merchant/cards?stopped=1" : "/merchant/cards?error=not_found");
}
