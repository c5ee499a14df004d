// A schedule as the merchant sees it (API and dashboard): never the card's token, the cardholder
// only through the card.
import type { WipSchedule } from "../db/generated/client";

export type ScheduleView = {
  id: string;
  card_id: string;
  type: "monthly" | "instalments";
  amount: number;
  currency: string;
  description: string;
  reference: string;
  instalments: number | null;
  charges_made: number;
  next_charge_at: string | null;
  status: "ACTIVE" | "STOPPED" | "COMPLETED";
  stopped_at: string | null;
  stopped_by: string | null;
  last_refusal: { reason: string; message: string } | null;
  created_at: string;
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
    card_id: s.cardId,
    type: s.kind === "instalments" ? "instalments" : "monthly",
    amount: s.amount,
    currency: s.currency,
    description: s.description,
    reference: s.reference,
    instalments: s.instalments,
    charges_made: s.chargesMade,
    next_charge_at: s.nextChargeAt?.toISOString() ?? null,
    status: s.status === "STOPPED" ? "STOPPED" : s.status === "COMPLETED" ? "COMPLETED" : "ACTIVE",
    stopped_at: s.stoppedAt?.toISOString() ?? null,
    stopped_by: s.stoppedBy,
    last_refusal: parseRefusal(s.lastRefusal),
    created_at: s.createdAt.toISOString(),
  };
}
