"use server";
// Back office: the verification payment for adding a card from the cards page.
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/access/pages";
import { checkLinkingSettings, LinkingFormSchema, saveLinkingSettings, type LinkingSettingsError } from "@/lib/cards/linking-settings";
import { db } from "@/lib/db/client";
import { availableProviderIds } from "@/lib/providers/registry";

export type LinkingState = { errors?: LinkingSettingsError[]; saved?: boolean } | undefined;

export async function saveLinkingAction(_prev: LinkingState, formData: FormData): Promise<LinkingState> {
  const user = await requireStaff();
  const parsed = LinkingFormSchema.safeParse({ verificationAmount: formData.get("verificationAmount") ?? "" });
  if (!parsed.success) return { errors: [{ field: "verificationAmount", code: "not_amount" } satisfies LinkingSettingsError] };
  const prisma = await db();
  const merchant = await prisma.merchant.findUniqueOrThrow({ where: { id: user.merchantId } });
  const errors = checkLinkingSettings(parsed.data, merchant, availableProviderIds());
  if (errors.length > 0) return { errors };
  await saveLinkingSettings(prisma, user.merchantId, parsed.data);
  revalidatePath("/merchant/settings");
  return { saved: true };
}
