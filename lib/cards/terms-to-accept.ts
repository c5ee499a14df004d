// Merchants whose current terms for saved cards a cardholder has not accepted while they still
// keep a card with them: the cards page asks again (a new version), since until then the
// merchant's own charges on those cards are refused (lib/cards/chargeable.ts).
import type { Db } from "../db/client";
import { currentAcceptance, currentTerms } from "./terms";

export type TermsToAccept = { merchantId: string; merchant: string; terms: { id: string; version: number; text: string }; previouslyAccepted: boolean };

export async function termsToAccept(db: Db, cardholderId: string): Promise<TermsToAccept[]> {
  const cards = await db.linkedCard.findMany({ where: { cardholderId, deletedAt: null }, distinct: ["merchantId"], select: { merchantId: true } });
  const out: TermsToAccept[] = [];
  for (const { merchantId } of cards) {
    const terms = await currentTerms(db, merchantId);
    if (!terms || (await currentAcceptance(db, cardholderId, merchantId))) continue;
    const [merchant, earlier] = await Promise.all([
      db.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: { name: true } }),
      db.termsAcceptance.count({ where: { cardholderId, merchantId } }),
    ]);
    out.push({ merchantId, merchant: merchant.name, terms: { id: terms.id, version: terms.version, text: terms.text }, previouslyAccepted: earlier > 0 });
  }
  return out;
}
