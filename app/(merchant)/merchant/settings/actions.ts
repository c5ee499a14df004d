"use server";
// Back office: which providers the merchant's checkout offers.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireStaff } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { PROVIDER_IDS, ProviderIdSchema } from "@/lib/payments/providers";
import { availableProviderIds } from "@/lib/providers/registry";

const ProvidersSchema = z.array(ProviderIdSchema).min(1, "choose at least one provider");

export type SettingsState = { error?: string; saved?: boolean } | undefined;

export async function saveProviders(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const user = await requireStaff();
  const parsed = ProvidersSchema.safeParse(formData.getAll("providers"));
  if (!parsed.success) return { error: `providers: ${parsed.error.issues[0]?.message ?? "invalid"}` };
  const unavailable = parsed.data.filter((p) => !availableProviderIds().includes(p));
  if (unavailable.length) return { error: `providers: ${unavailable.join(", ")} not configured on this installation` };
  // Kept in the product's own order, whatever order the form sent them in.
  const ordered = PROVIDER_IDS.filter((p) => parsed.data.includes(p));
  await (await db()).merchant.update({ where: { id: user.merchantId }, data: { enabledProviders: ordered } });
  revalidatePath("/merchant/settings");
  return { saved: true };
}
