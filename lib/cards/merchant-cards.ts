// A merchant's linked cards as the merchant sees them (API and dashboard): scoped to the merchant
// in the query, only cards with an owner (cards linked before cards had owners are never shown or
// charged), never the sealed token. Newest first, a page at a time after a card's id.
import type { Db } from "../db/client";
import { formatCardExpiry, parseCardExpiry } from "./card-expiry";
import { cardState, type CardState } from "./card-state";
import { maskedCard } from "./link-card";

export type MerchantCard = {
  id: string;
  maskedNumber: string | null;
  expiry: string | null;
  state: CardState;
  provider: string;
  linkedAt: Date;
  lastUsedAt: Date;
  cardholderEmail: string;
};

export async function merchantCards(db: Db, merchantId: string, page: { limit: number; cursor?: string | undefined }, now = new Date()): Promise<{ cards: MerchantCard[]; nextCursor: string | null }> {
  const rows = await db.linkedCard.findMany({
    where: { merchantId, cardholderId: { not: null } },
    orderBy: [{ linkedAt: "desc" }, { id: "desc" }],
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    select: { id: true, provider: true, bin: true, last4: true, expiry: true, linkedAt: true, lastUsedAt: true, deletedAt: true, status: true, merchantId: true, cardholder: { select: { email: true } } },
  });
  // A cursor that is not one of this merchant's cards yields nothing rather than another's page.
  const mine = rows.filter((r) => r.merchantId === merchantId);
  const more = mine.length > page.limit;
  const cards = mine.slice(0, page.limit).map((r) => {
    const expiry = parseCardExpiry(r.expiry);
    return {
      id: r.id,
      maskedNumber: maskedCard(r),
      expiry: expiry ? formatCardExpiry(expiry) : null,
      state: cardState(r, now),
      provider: r.provider,
      linkedAt: r.linkedAt,
      lastUsedAt: r.lastUsedAt,
      cardholderEmail: r.cardholder?.email ?? "",
    };
  });
  return { cards, nextCursor: more ? cards.at(-1)!.id : null };
}
