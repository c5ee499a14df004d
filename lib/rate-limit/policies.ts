// Every rate limit of the app, with its figures, in one table (why these figures:
// docs/http-security.md). A subject is what a limit counts by: an account, an address, a key.
import { createHash } from "node:crypto";

export type Policy = { points: number; durationSeconds: number };

const MINUTE = 60;

export const POLICIES = {
  // Password guessing against one account, from anywhere. A successful sign-in starts it afresh.
  "staff-sign-in-account": { points: 5, durationSeconds: 15 * MINUTE },
  // One address trying many accounts; an office behind one address still signs in.
  "staff-sign-in-ip": { points: 30, durationSeconds: 15 * MINUTE },
  // Mail bombing one inbox with sign-in links.
  "email-link-email": { points: 5, durationSeconds: 15 * MINUTE },
  // One address sending links to many inboxes.
  "email-link-ip": { points: 30, durationSeconds: 15 * MINUTE },
  // One API key: 20 calls a second on average, far above a shop's checkout rate.
  "merchant-api-key": { points: 1200, durationSeconds: MINUTE },
  // One provider's webhooks from one address: bursts after an outage are expected.
  "webhook-source": { points: 600, durationSeconds: MINUTE },
  // A shopper's page polls every 5 s when the live stream fails; reloads add a few.
  "checkout-status": { points: 120, durationSeconds: MINUTE },
  // The live stream reconnects after 2 s when cut.
  "checkout-events": { points: 60, durationSeconds: MINUTE },
  // One checkout from anywhere (status and events together): holds when the address is forged.
  "checkout-any-address": { points: 360, durationSeconds: MINUTE },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

/**
 * The stored key of a subject: emails and addresses are personal data and of any length, so the
 * store keeps a hash of them (case-insensitive: Ann@x.com and ann@x.com are one inbox).
 */
export function subjectKey(subject: readonly string[]): string {
  const normalized = subject.map((s) => s.trim().toLowerCase());
  return createHash("sha256").update(JSON.stringify(normalized)).digest("base64url");
}
