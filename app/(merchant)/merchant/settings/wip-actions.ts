"use server";
// Back office: the merchant's WIP Maximum Merchant Amount (largest charge on a linked card).
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { saveWipMax, WipMaxFormSchema } from "@/lib/merchant/wip-settings";

export type WipMaxState = { invalid?: true; saved?: boolean } | undefined;

export async function saveWipMaxAction(_prev: WipMaxState, formData: FormData): Promise<WipMaxState> {
  const user = await requireStaff();
  const parsed = WipMaxFormSchema.safeParse({ wipMaxAmount: formData.get("wipMaxAmount") ?? "" });
  if (!parsed.success) return { invalid: true };
  await saveWipMax(await db(), user.merchantId, parsed.data.wipMaxAmount);
  revalidatePath("/merchant/settings");
  return { saved: true };
}
