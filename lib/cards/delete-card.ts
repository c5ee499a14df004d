// Deleting a linked card, as its cardholder asks (from the cards page, or by stopping everything
// from a receipt: lib/requests/create-stop.ts). In one transaction the card is marked deleted
// (deletedAt, status REVOKED), so it is never offered or charged again, its ACTIVE schedules
// stop, and a "revoke-link" job is queued (lib/jobs/revoke-link.ts): after commit it ends the
// link at the provider where its API allows (PPRO agreements: revoke) and then destroys our copy
// of the token, retried by the queue while the provider cannot be reached. No provider is called
// here, so a provider that is down never keeps a card chargeable.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { enqueueRevokeLink } from "../jobs/revoke-link";
import { stopSchedulesOfCard } from "../schedules/stop-schedule";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Ends the link at the provider, given the card's provider and its (opened) reference. */
export type RevokeLink = (provider: string, linkReference: string) => Promise<void>;

export type DeleteOutcome = "deleted" | "already_deleted";

/**
 * Deletes the card inside the caller's transaction, under the card's row lock; null when there is
 * no such card. The caller has checked the card is the cardholder's to delete.
 */
export async function deleteCardIn(tx: Tx, cardId: string, now: Date): Promise<DeleteOutcome | null> {
  await tx.$queryRaw`SELECT id FROM "LinkedCard" WHERE id = ${cardId} FOR UPDATE`;
  const card = await tx.linkedCard.findUnique({ where: { id: cardId }, select: { id: true, tokenEncrypted: true, deletedAt: true } });
  if (!card) return null;
  const already = card.deletedAt !== null;
  if (!already) await tx.linkedCard.update({ where: { id: card.id }, data: { deletedAt: now, status: "REVOKED" } });
  // The card and its schedules stop together: no schedule is left charging a deleted card.
  await stopSchedulesOfCard(tx, card.id, "card-deleted", now);
  // Keyed by the card (one job per card); deleting again while our copy of the token is still
  // held (the provider was down for every attempt) queues it again.
  if (card.tokenEncrypted !== null) await enqueueRevokeLink(tx, card.id);
  return already ? "already_deleted" : "deleted";
}

export async function deleteCard(db: Db, cardholderId: string, cardId: string, now = new Date()): Promise<DeleteOutcome> {
  return db.$transaction(async (tx) => {
    // Scoped to the cardholder: another cardholder's card is as absent as an unknown one.
    const owned = await tx.linkedCard.findFirst({ where: { id: cardId, cardholderId }, select: { id: true } });
    const outcome = owned ? await deleteCardIn(tx, owned.id, now) : null;
    if (!outcome) throw new AppError("not_found", "card not found");
    return outcome;
  });
}
