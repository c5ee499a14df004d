// The rules of a merchant's terms for linked cards, as data and pure functions: what a version's
// text may be, when a save makes a new version, and whether an acceptance still counts.
import { z } from "zod";

export const TermsTextSchema = z
  .string()
  .trim()
  .min(20, "must be at least 20 characters")
  .max(20_000, "must be at most 20000 characters");

export type TermsVersion = { id: string; version: number; text: string };

/**
 * What a save does. A version once written is never edited (an acceptance points at the text the
 * cardholder read), so a changed text is always a new version; saving the same text again is not.
 */
export function decideTermsSave(current: TermsVersion | null, text: string): { kind: "unchanged"; version: number } | { kind: "new"; version: number } {
  if (current && current.text === text) return { kind: "unchanged", version: current.version };
  return { kind: "new", version: (current?.version ?? 0) + 1 };
}

/** Only the current version counts: a new version asks the cardholder again. */
export function acceptedCurrent(current: TermsVersion | null, acceptedTermsIds: readonly string[]): boolean {
  return current !== null && acceptedTermsIds.includes(current.id);
}
