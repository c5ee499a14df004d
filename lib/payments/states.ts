// Our payment state machine. Providers' statuses are mapped onto these states in each provider's
// folder; this module decides which changes are applied, so that webhooks and status reads can
// arrive in any order and any number of times and still leave the same final state.
import { z } from "zod";

export const PAYMENT_STATUSES = [
  "CREATED", // recorded by us, provider not (yet) called
  "PENDING", // waiting for the shopper to authenticate
  "IDENTIFIED", // shopper scanned / opened the payment, not yet confirmed
  "AUTHORIZED", // shopper confirmed; the provider has not settled it yet
  "PAID",
  "FAILED",
  "CANCELLED",
  "EXPIRED",
  "REVERSED", // paid, then voided by the provider
] as const;

export const PaymentStatusSchema = z.enum(PAYMENT_STATUSES);
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;

const RANK: Record<PaymentStatus, number> = {
  CREATED: 0,
  PENDING: 1,
  IDENTIFIED: 2,
  AUTHORIZED: 3,
  PAID: 4,
  FAILED: 4,
  CANCELLED: 4,
  EXPIRED: 4,
  REVERSED: 5,
};

export const FINAL_STATUSES: ReadonlySet<PaymentStatus> = new Set(["PAID", "FAILED", "CANCELLED", "EXPIRED", "REVERSED"]);

export function isFinal(status: PaymentStatus): boolean {
  return FINAL_STATUSES.has(status);
}

/** Payment states in which money may still move: the shopper must not be asked to pay again. */
export function isInFlightToSuccess(status: PaymentStatus): boolean {
  return status === "IDENTIFIED" || status === "AUTHORIZED" || status === "PAID";
}

export type TransitionDecision =
  | { kind: "apply" }
  | { kind: "same" }
  | { kind: "stale"; reason: string };

/**
 * Whether a reported status moves the payment forward. A report of an earlier state (a late
 * webhook) is stale; a final state never changes, except PAID becoming REVERSED.
 */
export function decideTransition(from: PaymentStatus, to: PaymentStatus): TransitionDecision {
  if (from === to) return { kind: "same" };
  if (isFinal(from)) {
    if (from === "PAID" && to === "REVERSED") return { kind: "apply" };
    return { kind: "stale", reason: `${from} is final` };
  }
  if (RANK[to] > RANK[from]) return { kind: "apply" };
  return { kind: "stale", reason: `${to} comes before ${from}` };
}
