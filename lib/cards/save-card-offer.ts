// What the checkout offers about saving a card: the merchant's current terms (no terms, no
// saving) and, for a signed-in cardholder, whether they already accepted them.
import type { Db } from "../db/client";
import { currentAcceptance, currentTerms } from "./terms";

export type SaveCardOffer = {
  terms: { id: string; version: number; text: string };
  /** The signed-in cardholder, or null for a guest (asked to sign in first). */
  saver: { email: string; acceptedAt: Date | null } | null;
};

export async function saveCardOffer(db: Db, merchantId: string, cardholder: { id: string; email: string } | null): Promise<SaveCardOffer | null> {
  const terms = await currentTerms(db, merchantId);
  if (!terms) return null;
  const acceptedAt = cardholder ? await currentAcceptance(db, cardholder.id, merchantId) : null;
  return { terms: { id: terms.id, version: terms.version, text: terms.text }, saver: cardholder ? { email: cardholder.email, acceptedAt } : null };
}
