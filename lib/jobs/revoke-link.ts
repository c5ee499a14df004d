// Job kind "revoke-link": the link of a card that was deleted (by its cardholder, or replaced by
// a re-link) is ended at the provider where its API allows (PPRO agreements: revoke), then our
// copy of the token is destroyed. Added in the transaction that deletes or replaces the card (no
// provider is called inside it), keyed by the card (one job per card), retried with backoff while
// the provider cannot be reached. Until it runs the card is already never charged: it is deleted.
import type { Task } from "graphile-worker";
import { z } from "zod";
import type { Db } from "../db/client";
import { endReplacedLink } from "../cards/end-replaced-link";
import type { RevokeLink } from "../cards/delete-card";

export const REVOKE_LINK = "revoke-link";
export const REVOKE_LINK_MAX_ATTEMPTS = 10;

const Payload = z.object({ cardId: z.string().min(1) });

export async function enqueueRevokeLink(tx: Pick<Db, "$executeRaw">, cardId: string): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(${REVOKE_LINK}::text, json_build_object('cardId', ${cardId}::text), max_attempts => ${REVOKE_LINK_MAX_ATTEMPTS}::int, job_key => ${`${REVOKE_LINK}:${cardId}`}::text)`;
}

export function revokeLinkTask(prisma: Db, revoke: RevokeLink): Task {
  return async (payload) => {
    const { cardId } = Payload.parse(payload);
    await endReplacedLink(prisma, revoke, cardId);
  };
}
