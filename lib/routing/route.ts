// Who serves a payment: the merchant's ordered routes (Merchant.enabledProviders for one-off
// payments, Merchant.linkingRoute for card linking), narrowed to the providers this install can
// reach and that accept the payment, and the rule for falling back to the next in line.
import { providersAccepting } from "../payments/limits";
import { ProviderIdSchema, type ProviderId } from "../payments/providers";
import { checkLinkAndPay } from "../payments/wip";
import { ProviderError } from "../providers/types";
import { canLinkCards } from "../cards/linking-providers";
import { offersBankPage } from "./capabilities";

type MerchantRoutes = { enabledProviders: string[]; linkingRoute: string[] };

function known(ids: string[], available?: readonly ProviderId[]): ProviderId[] {
  const seen = new Set<ProviderId>();
  for (const raw of ids) {
    const id = ProviderIdSchema.safeParse(raw);
    if (id.success && (!available || available.includes(id.data))) seen.add(id.data);
  }
  return [...seen];
}

/** The one-off payment route, in the merchant's order: the first serves, the rest are fallbacks. */
export function paymentRoute(merchant: Pick<MerchantRoutes, "enabledProviders">, available?: readonly ProviderId[]): ProviderId[] {
  return known(merchant.enabledProviders, available);
}

/** The card linking route, in the merchant's order; only providers that can link cards. */
export function linkingRoute(merchant: Pick<MerchantRoutes, "linkingRoute">, available?: readonly ProviderId[]): ProviderId[] {
  return known(merchant.linkingRoute, available).filter(canLinkCards);
}

export type RouteQuery = {
  amount: number;
  currency: string;
  /** Link and pay: the linking route, and only where the scheme's WIP rules allow this amount. */
  linkCard: boolean;
  wipMax: number;
  /** The shopper asked for the bank page: only providers that have one. */
  bankPage?: boolean;
};

/** Every provider that may serve this payment, in the order they are tried. */
export function candidates(merchant: MerchantRoutes, available: readonly ProviderId[], q: RouteQuery): ProviderId[] {
  const route = q.linkCard ? linkingRoute(merchant, available) : paymentRoute(merchant, available);
  return providersAccepting(route, q.amount, q.currency)
    .filter((p) => !q.linkCard || checkLinkAndPay(p, q.amount, q.wipMax) === null)
    .filter((p) => !q.bankPage || offersBankPage(p));
}

/**
 * Whether a failed create may be retried at the next provider: only when the provider could not
 * be reached, timed out, or answered 5xx (or 429): it is down, not refusing. A refusal (4xx:
 * limits, validation) or an answer we cannot read is the shopper's or our problem, and the next
 * provider would not fare better: it is shown, never hidden behind a fallback.
 */
export function shouldFallBack(error: unknown): error is ProviderError {
  return error instanceof ProviderError && error.kind === "unavailable";
}

/** What staff read about a fallback: which provider failed and how (never shown to shoppers). */
export function fallbackReason(error: ProviderError): string {
  const how = error.details.httpStatus ? `answered HTTP ${error.details.httpStatus}` : /timeout|aborted/i.test(error.message) ? "timed out" : "could not be reached";
  return `${error.provider} ${how}`;
}

/**
 * The route kept to its first provider's kind: never from a live provider to a simulated one
 * (SANDBOXES=on beside a live provider), where a real shopper's payment would "succeed" with no
 * money moving; nor from a sandbox to a live one.
 */
export function sameKindAsFirst(line: readonly ProviderId[], modes: Partial<Record<ProviderId, string>>): ProviderId[] {
  const first = line[0];
  return first === undefined ? [] : line.filter((p) => modes[p] === modes[first]);
}
