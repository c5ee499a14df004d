// A linked card's state as the cardholder sees it, decided in one place. The scheme's rules:
// a link unused for 365 days (no successful WIP payment since lastUsedAt) is never charged; the
// cardholder is warned 60 days before the card expires and 30 days before the link does.
import { cardExpiresAt, parseCardExpiry } from "./card-expiry";

export const CARD_STATES = [
  /** Can be used. */
  "active",
  /** The card itself expires within 60 days. */
  "card-expiring-soon",
  /** Within 30 days of 365 days without a successful WIP payment. */
  "link-expiring-soon",
  /** Card expired, link unused for 365 days, or refused by the provider: never offered, never charged. */
  "expired",
  /** Deleted by the cardholder or revoked at the provider: never offered, never charged. */
  "deleted",
] as const;
export type CardState = (typeof CARD_STATES)[number];

const DAY = 24 * 60 * 60 * 1000;
export const LINK_LIFETIME_DAYS = 365;
export const CARD_WARNING_DAYS = 60;
export const LINK_WARNING_DAYS = 30;

export type CardFacts = { deletedAt: Date | null; status: string; expiry: string | null; lastUsedAt: Date };

/** When the link lapses: 365 days after the last successful WIP payment (or the link itself). */
export function linkExpiresAt(card: Pick<CardFacts, "lastUsedAt">): Date {
  return new Date(card.lastUsedAt.getTime() + LINK_LIFETIME_DAYS * DAY);
}

export function cardState(card: CardFacts, now: Date): CardState {
  if (card.deletedAt || card.status === "REVOKED") return "deleted";
  if (card.status === "FAILED") return "expired";
  const linkEnd = linkExpiresAt(card).getTime();
  const expiry = parseCardExpiry(card.expiry);
  // A card whose expiry the provider did not give (PPRO agreements) lapses only with its link.
  const cardEnd = expiry ? cardExpiresAt(expiry).getTime() : Infinity;
  const t = now.getTime();
  if (t >= cardEnd || t >= linkEnd) return "expired";
  const cardSoon = cardEnd - t <= CARD_WARNING_DAYS * DAY;
  const linkSoon = linkEnd - t <= LINK_WARNING_DAYS * DAY;
  if (cardSoon && linkSoon) return cardEnd <= linkEnd ? "card-expiring-soon" : "link-expiring-soon";
  if (cardSoon) return "card-expiring-soon";
  if (linkSoon) return "link-expiring-soon";
  return "active";
}

/** Only these may be offered or charged. */
export function isUsable(state: CardState): boolean {
  return state === "active" || state === "card-expiring-soon" || state === "link-expiring-soon";
}
