// Ending the link of a card already deleted here (by its cardholder, or replaced by a re-link):
// revoke at the provider, then destroy our copy of the token. Safe to run again: a card whose token is already gone asks the provider nothing.
import type { Db } from "../db/client";
import { openSecret } from "../crypto/token-keys";
import type { RevokeLink } from "./delete-card";

export async function endReplacedLink(db: Db, revoke: RevokeLink, cardId: string): Promise<"ended" | "nothing_to_end"> {
  const card = await db.linkedCard.findUnique({ where: { id: cardId }, select: { provider: true, tokenEncrypted: true, deletedAt: true } });
  // Only a card already deleted here (deleted or replaced) is ended: a live card is never revoked by a job.
  if (!card || card.tokenEncrypted === null || !card.deletedAt) return "nothing_to_end";
  await revoke(card.provider, openSecret(card.tokenEncrypted));
  await db.linkedCard.updateMany({ where: { id: cardId, tokenEncrypted: { not: null } }, data: { tokenEncrypted: null } });
  return "ended";
}
