"use server";
// Cardholder: delete one of their own linked cards.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireCardOwner } from "@/lib/access/pages";
import { deleteCard } from "@/lib/cards/delete-card";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { ProviderIdSchema } from "@/lib/payments/providers";
import { getProvider } from "@/lib/providers/registry";

const DeleteSchema = z.object({ cardId: z.string().regex(/^card_[a-z2-7]{20}$/) });

/** Ends the link where the provider allows it; a provider no longer configured cannot be asked. */
async function revokeAtProvider(provider: string, linkReference: string): Promise<void> {
  const id = ProviderIdSchema.safeParse(provider);
  const client = id.success ? getProvider(id.data) : undefined;
  if (!client) {
    logger.warn("card deleted without asking its provider: provider not configured", { provider });
    return;
  }
  await client.revokeLink?.(linkReference);
}

export async function deleteCardAction(formData: FormData): Promise<void> {
  const owner = await requireCardOwner();
  const input = DeleteSchema.safeParse({ cardId: formData.get("cardId") });
  if (!input.success) redirect("/account/cards?error=not_found");
  let target = `/account/cards?deleted=${input.data.cardId}`;
  try {
    await deleteCard(await db(), revokeAtProvider, owner.id, input.data.cardId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") target = "/account/cards?error=not_found";
    else {
      logger.warn("card not deleted", { cardId: input.data.cardId, error: (error as Error).message });
      target = `/account/cards?error=provider&card=${input.data.cardId}`;
    }
  }
  redirect(target);
}
