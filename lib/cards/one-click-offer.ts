// Which saved cards a signed-in cardholder may pay a checkout with in one click: their own,
// linked with this checkout's merchant, usable (lib/cards/card-state.ts), on a provider this
// install can charge, and only when the checkout's amount is one a WIP charge may have
// (lib/payments/wip.ts). The charge itself re-checks all of it (lib/cards/charge-card.ts).
import type { Db } from "../db/client";
import { checkWipCharge, merchantWipMax } from "../payments/wip";
import { maskedCard } from "./link-card";
import { cardState, isUsable } from "./card-state";

export type OneClickCard = { id: string; masked: string | null; expiry: string | null };
export type OneClickOffer = { cards: OneClickCard[]; refusal: string | null };

export async function oneClickOffer(
  db: Db,
  input: { cardholderId: string; checkout: { merchantId: string; amount: number; currency: string; kind?: string }; chargeableProviders: readonly string[]; now?: Date },
): Promise<OneClickOffer> {
  const now = input.now ?? new Date();
  // Adding a card (card-verification) and the merchant's own charges (wip-charge) are not paid in one click.
  if ((input.checkout.kind ?? "shop") !== "shop") return { cards: [], refusal: null };
  const rows = await db.linkedCard.findMany({
    where: { cardholderId: input.cardholderId, merchantId: input.checkout.merchantId, deletedAt: null, tokenEncrypted: { not: null } },
    orderBy: { lastUsedAt: "desc" },
    select: { id: true, provider: true, bin: true, last4: true, expiry: true, lastUsedAt: true, deletedAt: true, status: true },
  });
  const cards = rows
    .filter((r) => input.chargeableProviders.includes(r.provider) && isUsable(cardState(r, now)))
    .map((r) => ({ id: r.id, masked: maskedCard(r), expiry: r.expiry || null }));
  if (cards.length === 0) return { cards, refusal: null };
  const merchant = await db.merchant.findUniqueOrThrow({ where: { id: input.checkout.merchantId }, select: { wipMaxAmount: true } });
  const refusal = checkWipCharge({ amount: input.checkout.amount, currency: input.checkout.currency, merchantMax: merchantWipMax(merchant) });
  // Above the WIP maximum a saved card cannot pay: the checkout says why rather than hide them.
  return refusal ? { cards: [], refusal: refusal.reason } : { cards, refusal: null };
}
