// The signed-in cardholder's own cards, as their cards page shows them: scoped to the cardholder
// in the query, and never the sealed token.
import type { Db } from "../db/client";
import { parseCardExpiry, formatCardExpiry } from "./card-expiry";
import { cardState, type CardState } from "./card-state";
import { maskedCard } from "./link-card";

export type OwnedCard = {
  id: string;
  merchantId: string;
  merchant: string;
  provider: string;
  masked: string | null;
  expiry: string | null;
  linkedAt: Date;
  lastUsedAt: Date;
  state: CardState;
};

export async function cardsOf(db: Db, cardholderId: string, now = new Date()): Promise<OwnedCard[]> {
  const rows = await db.linkedCard.findMany({
    where: { cardholderId },
    orderBy: { linkedAt: "desc" },
    select: { id: true, merchantId: true, provider: true, bin: true, last4: true, expiry: true, linkedAt: true, lastUsedAt: true, deletedAt: true, status: true },
  });
  const merchants = await db.merchant.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.merchantId))] } }, select: { id: true, name: true } });
  const names = new Map(merchants.map((m) => [m.id, m.name]));
  return rows.map((r) => {
    const expiry = parseCardExpiry(r.expiry);
    return {
      id: r.id,
      merchantId: r.merchantId,
      merchant: names.get(r.merchantId) ?? "",
      provider: r.provider,
      masked: maskedCard(r),
      expiry: expiry ? formatCardExpiry(expiry) : null,
      linkedAt: r.linkedAt,
      lastUsedAt: r.lastUsedAt,
      state: cardState(r, now),
    };
  });
}
