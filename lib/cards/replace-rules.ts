// When a re-link replaces the old card (seed 002: a link cannot be updated, so re-linking is a
// new link-and-pay payment). Pure: the new link replaces the old one only when its payment
// succeeded (the caller asks only then), and only a card of the same cardholder at the same
// merchant that is not already deleted or replaced.

export type OldCardFacts = { cardholderId: string | null; merchantId: string; deletedAt: Date | null; replacedById: string | null };
export type ReplacingPayment = { cardholderId: string | null; merchantId: string };

export type ReplaceDecision = { replace: true } | { replace: false; reason: "unknown_card" | "not_theirs" | "already_ended" };

export function decideReplacement(old: OldCardFacts | null, payment: ReplacingPayment): ReplaceDecision {
  if (!old) return { replace: false, reason: "unknown_card" };
  if (!payment.cardholderId || old.cardholderId !== payment.cardholderId || old.merchantId !== payment.merchantId) return { replace: false, reason: "not_theirs" };
  // Deleted meanwhile: its schedules were stopped with it and stay stopped.
  if (old.deletedAt || old.replacedById) return { replace: false, reason: "already_ended" };
  return { replace: true };
}
