// Keeping the card a link-and-pay payment linked: token sealed, BIN, last four and expiry clear.
import type { Db } from "../db/client";
import { newId } from "../ids";
import { createHash } from "node:crypto";
import { openSecret, sealSecret } from "../crypto/token-keys";
import { enqueueRevokeLink } from "../jobs/revoke-link";
import { moveSchedules, stopSchedulesOfCard } from "../schedules/stop-schedule";
import { decideReplacement } from "./replace-rules";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type CardDetails = ({ token: string } | { sealedToken: string }) & { bin: string; last4: string; expiry: string };

export function sealToken(token: string): string {
  return sealSecret(token);
}

export function referenceHash(reference: string): string {
  return createHash("sha256").update(reference).digest("hex");
}

type LinkingPayment = { id: string; merchantId: string; provider: string; cardholderId: string | null; replacesCardId?: string | null; checkoutId?: string };

/**
 * Keeps the card for the cardholder who started the payment signed in. A link-and-pay payment
 * without one (started before cards had owners) links nothing: a card nobody verifiably owns is
 * never kept. A re-link (the payment names the card it replaces) replaces the old card here, in
 * the same transaction.
 */
export async function linkCard(tx: Tx, payment: LinkingPayment, card: CardDetails, now = new Date()): Promise<boolean> {
  if (!payment.cardholderId) return false;
  const existing = await tx.linkedCard.findUnique({ where: { paymentId: payment.id } });
  if (existing) return true;
  const id = newId("card");
  // The name the account holder gave when linking: sent with this card's later charges.
  const checkout = payment.checkoutId ? await tx.checkout.findUnique({ where: { id: payment.checkoutId }, select: { shopperName: true } }) : null;
  await tx.linkedCard.create({
    data: {
      id,
      holderName: checkout?.shopperName ?? null,
      merchantId: payment.merchantId,
      provider: payment.provider,
      cardholderId: payment.cardholderId,
      tokenEncrypted: "sealedToken" in card ? card.sealedToken : sealToken(card.token),
      referenceHash: referenceHash("sealedToken" in card ? openSecret(card.sealedToken) : card.token),
      bin: card.bin,
      last4: card.last4,
      expiry: card.expiry,
      paymentId: payment.id,
    },
  });
  if (payment.replacesCardId) await replaceCard(tx, payment, payment.replacesCardId, id, now);
  return true;
}

/**
 * The new card replaces the old one: the old card is deleted (never charged again), its ACTIVE
 * schedules move to the new card, and a job ends its link at the provider and destroys its token
 * after this commits (no provider is called inside a transaction).
 */
async function replaceCard(tx: Tx, payment: LinkingPayment, oldCardId: string, newCardId: string, now: Date): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "LinkedCard" WHERE id = ${oldCardId} FOR UPDATE`;
  const old = await tx.linkedCard.findUnique({ where: { id: oldCardId }, select: { id: true, cardholderId: true, merchantId: true, deletedAt: true, replacedById: true, tokenEncrypted: true } });
  if (!decideReplacement(old, payment).replace || !old) return;
  await tx.linkedCard.update({ where: { id: old.id }, data: { replacedById: newCardId, deletedAt: now, status: "REVOKED" } });
  await tx.linkedCard.update({ where: { id: newCardId }, data: { replacesCardId: old.id } });
  await moveSchedules(tx, old.id, newCardId);
  if (old.tokenEncrypted !== null) await enqueueRevokeLink(tx, old.id);
}

/** 670999XXXXXX9999: how a linked card is shown; null when the provider gave no card details. */
export function maskedCard(card: { bin: string; last4: string }): string | null {
  return card.bin && card.last4 ? `${card.bin}XXXXXX${card.last4}` : null;
}

/**
 * The provider's word on a link (PPRO agreement events): a revoked link is never charged. A link
 * the provider ended deletes the card here, in one transaction: marked deleted and REVOKED, its
 * ACTIVE schedules stopped ("card-deleted"), and our copy of the token destroyed (there is
 * nothing left to end at the provider).
 */
export async function updateLinkStatus(db: Db, reference: string, status: "ACTIVE" | "FAILED" | "REVOKED", now = new Date()): Promise<boolean> {
  const where = { referenceHash: referenceHash(reference) };
  if (status !== "REVOKED") return (await db.linkedCard.updateMany({ where, data: { status } })).count > 0;
  return db.$transaction(async (tx) => {
    const cards = await tx.linkedCard.findMany({ where, select: { id: true, deletedAt: true } });
    for (const card of cards) {
      await tx.linkedCard.update({ where: { id: card.id }, data: { status, deletedAt: card.deletedAt ?? now, tokenEncrypted: null } });
      await stopSchedulesOfCard(tx, card.id, "card-deleted", now);
    }
    return cards.length > 0;
  });
}
