// Deleting a linked card, as its cardholder asks. In one transaction the card is marked deleted
// (deletedAt, status REVOKED), so it is never offered or charged again, its ACTIVE schedules
// stop, and a "revoke-link" job is queued (lib/jobs/revoke-link.ts): after commit it ends the
// link at the provider where its API allows (PPRO agreements: revoke) and then destroys our copy
// of the token, retried by the queue while the provider cannot be reached. No provider is called
// here, so a provider that is down never keeps a card chargeable.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { enqueueRevokeLink } from "../jobs/revoke-link";
import { stopSchedulesOfCard } from "../schedules/stop-schedule";

/** Ends the link at the provider, given the card's provider and its (opened) reference. */
export type RevokeLink = (provider: string, linkReference: string) => Promise<void>;

export type DeleteOutcome = "deleted" | "already_deleted";

export async function deleteCard(db: Db, cardholderId: string, cardId: string, now = new Date()): Promise<DeleteOutcome> {
  return db.$transaction(async (tx) => {
    // Scoped to the cardholder: another cardholder's card is as absent as an unknown one.
    await tx.$queryRaw`SELECT id FROM "LinkedCard" WHERE id = ${cardId} AND "cardholderId" = ${cardholderId} FOR UPDATE`;
    const card = await tx.linkedCard.findFirst({ where: { id: cardId, cardholderId }, select: { id: true, tokenEncrypted: true, deletedAt: true } });
    if (!card) throw new AppError("not_found", "card not found");
    const already = card.deletedAt !== null;
    if (!already) await tx.linkedCard.update({ where: { id: card.id }, data: { deletedAt: now, status: "REVOKED" } });
    // The card and its schedules stop together: no schedule is left charging a deleted card.
    await stopSchedulesOfCard(tx, card.id, "card-deleted", now);
    // Keyed by the card (one job per card); deleting again while our copy of the token is still
    // held (the provider was down for every attempt) queues it again.
    if (card.tokenEncrypted !== null) await enqueueRevokeLink(tx, card.id);
    return already ? "already_deleted" : "deleted";
  });
}
