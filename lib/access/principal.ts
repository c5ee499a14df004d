// Who is asking: every request is one of these principals before the policy is asked about it.
import type { LinkPurpose } from "../links/signed-link";
import type { ProviderId } from "../payments/providers";

export type Principal =
  /** Nobody in particular: a shopper in the demo shop, anyone on the sign-in page. */
  | { kind: "anonymous" }
  /** A shopper who holds a checkout's id (unguessable): it is what lets them pay and follow it. */
  | { kind: "checkout-holder"; checkoutId: string }
  /** Signed in by email link, still in the Cardholder table. */
  | { kind: "cardholder"; id: string; email: string }
  /** Signed in by password, still in the StaffUser table, of that merchant. */
  | { kind: "staff"; id: string; email: string; merchantId: string }
  /** A live (not revoked) merchant API key. */
  | { kind: "api-key"; keyId: string; merchantId: string }
  /** A request at a provider's webhook URL: its signature, checked by the inbox, authenticates it. */
  | { kind: "webhook"; provider: ProviderId }
  /** Whoever holds a signed link from a receipt (lib/links/signed-link.ts): one purpose, one payment. */
  | { kind: "link-holder"; paymentId: string; purpose: LinkPurpose }
  /** Anyone talking to a simulated provider: each sandbox checks its own provider credentials. */
  | { kind: "sandbox-client" };

export const ANONYMOUS: Principal = { kind: "anonymous" };
