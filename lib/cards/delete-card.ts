// Deleting a linked card, as its cardholder asks: the link is ended at the provider where its
// API allows (PPRO agreements: revoke), then our copy of the token is destroyed and the card is
// marked deleted, so it is never offered or charged again, and its schedules stop. The provider is called outside any
// transaction; if it fails, nothing changes here and the cardholder can try again.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { openSecret } from "../crypto/token-keys";
import { stopSchedulesOfCard } from "../schedules/stop-schedule";

/** Ends the link at the provider, given the card's provider and its (opened) reference. */
export type RevokeLink = (provider: string, linkReference: string) => Promise<void>;

export type DeleteOutcome = "deleted" | "already_deleted";

export async function deleteCard(db: Db, revoke: RevokeLink, cardholderId: string, cardId: string, now = new Date()): Promise<DeleteOutcome> {
  // Scoped to the cardholder: another cardholder's card is as absent as an unknown one.
  const card = await db.linkedCard.findFirst({ where: { id: cardId, cardholderId }, select: { id: true, provider: true, tokenEncrypted: true, deletedAt: true } });
  if (!card) throw new AppError("not_found", "card not found");
  if (card.deletedAt && card.tokenEncrypted === null) return "already_deleted";
  if (card.tokenEncrypted !== null) await revoke(card.provider, openSecret(card.tokenEncrypted));
  // The card and its schedules stop together: no schedule is left charging a deleted card.
  await db.$transaction(async (tx) => {
    await tx.linkedCard.updateMany({
      where: { id: card.id, cardholderId },
      data: { tokenEncrypted: null, deletedAt: card.deletedAt ?? now, status: "REVOKED" },
    });
    await stopSchedulesOfCard(tx, card.id, "card-deleted", now);
  });
  return "deleted";
}
