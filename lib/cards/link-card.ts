// Keeping the card a link-and-pay payment linked: token sealed, BIN, last four and expiry clear.
import type { Db } from "../db/client";
import { newId } from "../ids";
import { createHash } from "node:crypto";
import { openSecret, sealSecret } from "../crypto/token-keys";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type CardDetails = ({ token: string } | { sealedToken: string }) & { bin: string; last4: string; expiry: string };

export function sealToken(token: string): string {
  return sealSecret(token);
}

export function referenceHash(reference: string): string {
  return createHash("sha256").update(reference).digest("hex");
}

/**
 * Keeps the card for the cardholder who started the payment signed in. A link-and-pay payment
 * without one (started before cards had owners) links nothing: a card nobody verifiably owns is
 * never kept.
 */
export async function linkCard(tx: Tx, payment: { id: string; merchantId: string; provider: string; cardholderId: string | null }, card: CardDetails): Promise<boolean> {
  if (!payment.cardholderId) return false;
  const existing = await tx.linkedCard.findUnique({ where: { paymentId: payment.id } });
  if (existing) return true;
  await tx.linkedCard.create({
    data: {
      id: newId("card"),
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
  return true;
}

/** 670999XXXXXX9999: how a linked card is shown; null when the provider gave no card details. */
export function maskedCard(card: { bin: string; last4: string }): string | null {
  return card.bin && card.last4 ? `${card.bin}XXXXXX${card.last4}` : null;
}

/** The provider's word on a link (PPRO agreement events): a revoked link is never charged. */
export async function updateLinkStatus(db: Db, reference: string, status: "ACTIVE" | "FAILED" | "REVOKED"): Promise<boolean> {
  const updated = await db.linkedCard.updateMany({
    where: { referenceHash: referenceHash(reference) },
    data: { status, ...(status === "REVOKED" ? { deletedAt: new Date() } : {}) },
  });
  return updated.count > 0;
}
