// Which expiry reminders a linked card is due, by the rules of lib/cards/card-state.ts: the card
// itself within 60 days of its expiry, the link within 30 days of 365 days unused. Each is sent
// once (the card's cardExpiryRemindedAt / linkExpiryRemindedAt); a card that can no longer be
// used (deleted, failed, already expired) or that has no cardholder to tell gets none.
import { cardExpiresAt, formatCardExpiry, parseCardExpiry } from "../cards/card-expiry";
import { CARD_WARNING_DAYS, cardState, isUsable, LINK_WARNING_DAYS, linkExpiresAt } from "../cards/card-state";

const DAY = 24 * 60 * 60 * 1000;

export type ReminderCard = {
  cardholderId: string | null;
  deletedAt: Date | null;
  status: string;
  expiry: string | null;
  lastUsedAt: Date;
  cardExpiryRemindedAt: Date | null;
  linkExpiryRemindedAt: Date | null;
};

export type DueReminder = { kind: "card-expiry"; expiry: string } | { kind: "link-expiry"; endsAt: Date };

export function dueReminders(card: ReminderCard, now: Date): DueReminder[] {
  if (!card.cardholderId || !isUsable(cardState(card, now))) return [];
  const due: DueReminder[] = [];
  const expiry = parseCardExpiry(card.expiry);
  if (expiry && !card.cardExpiryRemindedAt && cardExpiresAt(expiry).getTime() - now.getTime() <= CARD_WARNING_DAYS * DAY) {
    due.push({ kind: "card-expiry", expiry: formatCardExpiry(expiry) });
  }
  const endsAt = linkExpiresAt(card);
  if (!card.linkExpiryRemindedAt && endsAt.getTime() - now.getTime() <= LINK_WARNING_DAYS * DAY) due.push({ kind: "link-expiry", endsAt });
  return due;
}
