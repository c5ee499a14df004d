"use server";
// Back office: charge one of the merchant's saved cards (once or on a schedule), stop a schedule.
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
import { chargeCardAsMerchant } from "@/lib/schedules/create-schedule";
import { stopScheduleAsMerchant } from "@/lib/schedules/merchant-schedules";

export type ChargeState =
  | { fields?: ChargeFormField[]; outcome?: "paid" | "waiting" | "failed" | "processing"; nextCharge?: string | null; refusal?: string }
  | undefined;

const OUTCOME = { PAID: "paid", FAILED: "failed", PENDING: "waiting" } as const;

export async function chargeCardAction(_prev: ChargeState, formData: FormData): Promise<ChargeState> {
  const user = await requireStaff();
  const parsed = parseChargeForm(formData);
  if (!parsed.ok) return { fields: parsed.fields };
  try {
    const r = await chargeCardAsMerchant({ db: await db(), provider: getProvider, appUrl: env().appUrl }, user.merchantId, parsed.cardId, parsed.input);
    revalidatePath("/merchant/cards");
    const { locale } = await getI18n();
    const next = r.schedule?.nextChargeAt?.toLocaleDateString(locale, { dateStyle: "long", timeZone: "UTC" }) ?? null;
    return { outcome: OUTCOME[r.charge.status as keyof typeof OUTCOME] ?? "processing", nextCharge: next };
  } catch (error) {
    if (error instanceof WipRefusedError) return { refusal: error.reason };
    if (error instanceof AppError) return { refusal: error.code };
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
