// Whether a linked card may be charged at all, before any amount rule: the scheme forbids
// charging a deleted card, an expired one, or a link unused for 365 days; a merchant-initiated
// charge also needs the cardholder's acceptance of the merchant's current terms (seed 001).
// Pure: the caller gives the facts it read under the card's row lock.
import type { WipRefusal } from "../payments/wip";
import { parseCardExpiry, cardExpiresAt } from "./card-expiry";
import { linkExpiresAt, type CardFacts } from "./card-state";

export function checkCardChargeable(
  card: CardFacts,
  input: { initiation: "consumer" | "merchant"; acceptedCurrentTerms: boolean; now: Date },
): WipRefusal | null {
  const t = input.now.getTime();
  if (card.deletedAt || card.status === "REVOKED") {
    return { reason: "wip_card_deleted", field: "card", message: "this card was deleted by its cardholder or revoked: it can no longer be charged" };
  }
  if (card.status === "FAILED") {
    return { reason: "wip_link_expired", field: "card", message: "the provider no longer accepts this card's link: the cardholder must link the card again" };
  }
  if (t >= linkExpiresAt(card).getTime()) {
    return { reason: "wip_link_expired", field: "card", message: "this card's link was not used in a successful payment for 365 days: the cardholder must link the card again" };
  }
  const expiry = parseCardExpiry(card.expiry);
  if (expiry && t >= cardExpiresAt(expiry).getTime()) {
    return { reason: "wip_card_expired", field: "card", message: "this card has expired: the cardholder must link their new card" };
  }
  if (input.initiation === "merchant" && !input.acceptedCurrentTerms) {
    return {
      reason: "wip_terms_not_accepted",
      field: "terms",
      message: "the cardholder has not accepted the current version of your terms for saved cards: no merchant-initiated charge until they do",
    };
  }
  return null;
}
