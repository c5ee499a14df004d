// A schedule as the merchant sees it (API and dashboard): never the card's token, the cardholder
// only through the card.
import type { WipSchedule } from "../db/generated/client";

export type ScheduleView = {
  id: string;
  object: "schedule";
  cardId: string;
  type: "monthly" | "instalments";
  amount: number;
  currency: string;
  description: string;
  reference: string;
  instalments: number | null;
  chargesMade: number;
  nextChargeAt: string | null;
  status: "ACTIVE" | "STOPPED" | "COMPLETED";
  stoppedAt: string | null;
  stoppedBy: string | null;
  lastRefusal: { reason: string; message: string } | null;
  createdAt: string;
};

/** lastRefusal is stored as "<reason code>: <message>". */
export function parseRefusal(stored: string | null): { reason: string; message: string } | null {
  if (!stored) return null;
  const i = stored.indexOf(": ");
  return i < 0 ? { reason: stored, message: stored } : { reason: stored.slice(0, i), message: stored.slice(i + 2) };
}

export function scheduleView(s: WipSchedule): ScheduleView {
  return {
    id: s.id,
    object: "schedule",
    cardId: s.cardId,
    type: s.kind === "instalments" ? "instalments" : "monthly",
    amount: s.amount,
    currency: s.currency,
    description: s.description,
    reference: s.reference,
    instalments: s.instalments,
    chargesMade: s.chargesMade,
    nextChargeAt: s.nextChargeAt?.toISOString() ?? null,
    status: s.status === "STOPPED" ? "STOPPED" : s.status === "COMPLETED" ? "COMPLETED" : "ACTIVE",
    stoppedAt: s.stoppedAt?.toISOString() ?? null,
    stoppedBy: s.stoppedBy,
    lastRefusal: parseRefusal(s.lastRefusal),
    createdAt: s.createdAt.toISOString(),
  };
}
