// Who may do what: the one place that answers it. Pages, actions and routes reach it through the
// helpers beside it (pages.ts, routes.ts, api-key.ts); scoping to the principal's own rows stays
// in the queries.
import type { LinkPurpose } from "../links/signed-link";
import type { ProviderId } from "../payments/providers";
import type { Principal } from "./principal";

export type Capability =
  /** The sign-in pages, the language switch, the front page. */
  | { to: "browse" }
  /** The demo shop (Maison Praline): its pages and cart. */
  | { to: "shop" }
  /** Pay a checkout and follow its status. */
  | { to: "pay"; checkoutId: string }
  /** A cardholder's own account pages. */
  | { to: "view-account" }
  /** Keep, see and delete one's own linked cards, and follow the charges on them (which card is whose: scoped in the queries). */
  | { to: "own-cards" }
  /**
   * A payment's receipt, and asking its merchant for a refund, a dispute or to stop future
   * payments (`purpose`): with the receipt's signed link for that purpose and payment, or as the
   * signed-in cardholder (whose payment it is: scoped in the query).
   */
  | { to: "follow-payment"; paymentId: string; purpose: LinkPurpose }
  /** The back office of the staff member's own merchant. */
  | { to: "run-back-office" }
  /** The merchant API, on the key's own merchant. */
  | { to: "use-merchant-api" }
  | { to: "deliver-webhook"; provider: ProviderId }
  /** The simulated providers' pages and APIs. */
  | { to: "use-sandbox" }
  /** Run the app's due schedule charges as of another day (the sandbox clock): never beside a live provider. */
  | { to: "move-sandbox-clock" }
  | { to: "switch-sandbox-faults" }
  /** Outgoing mail kept in the development mailbox. */
  | { to: "read-dev-mailbox" };

/** What the installation allows at all, from its configuration. */
export type Conditions = {
  sandboxes: boolean;
  devMailbox: boolean;
  demoShop: boolean;
  configuredProviders: readonly ProviderId[];
  /** Providers configured for real (their own variables set): their cards are real cards. */
  liveProviders: readonly ProviderId[];
};

/** How a refusal is answered: pages send people to sign in, APIs say 401, the absent is 404. */
export type Refusal = "sign-in" | "unauthorized" | "not-found" | "unavailable";

export type Decision = { allowed: true } | { allowed: false; refusal: Refusal };

const ALLOW: Decision = { allowed: true };
const refuse = (refusal: Refusal): Decision => ({ allowed: false, refusal });

export function decide(p: Principal, c: Capability, conditions: Conditions): Decision {
  switch (c.to) {
    case "browse":
      return ALLOW;
    case "shop":
      // A live install has no shop of its own: the demo shop is not there at all.
      return conditions.demoShop ? ALLOW : refuse("not-found");
    case "pay":
      // Not 401: whoever does not hold the id must not learn that the checkout exists.
      return p.kind === "checkout-holder" && p.checkoutId === c.checkoutId ? ALLOW : refuse("not-found");
    case "view-account":
    case "own-cards":
      // A card belongs to an account whose email the sign-in link verified; nobody else has one.
      return p.kind === "cardholder" ? ALLOW : refuse("sign-in");
    case "follow-payment":
      if (p.kind === "cardholder") return ALLOW;
      // Not 404: the link's holder is told why the link does not work (lib/access/payment-links.ts).
      return p.kind === "link-holder" && p.paymentId === c.paymentId && p.purpose === c.purpose ? ALLOW : refuse("unauthorized");
    case "run-back-office":
      return p.kind === "staff" ? ALLOW : refuse("sign-in");
    case "use-merchant-api":
      return p.kind === "api-key" ? ALLOW : refuse("unauthorized");
    case "deliver-webhook":
      if (!conditions.configuredProviders.includes(c.provider)) return refuse("unavailable");
      return p.kind === "webhook" && p.provider === c.provider ? ALLOW : refuse("unauthorized");
    case "use-sandbox":
      // Switched off, a sandbox is not there at all.
      return conditions.sandboxes && p.kind === "sandbox-client" ? ALLOW : refuse("not-found");
    case "switch-sandbox-faults":
    // Failing a simulated provider on purpose moves a merchant's route to the next provider in
    // line: beside a live provider that would steer real shoppers, so it is not there.
    case "move-sandbox-clock":
      // The runner charges every due schedule, whatever card it is on: beside a live provider
      // (SANDBOXES=on on a live install) that would charge real cards early, so it is not there.
      return conditions.sandboxes && conditions.liveProviders.length === 0 && p.kind === "sandbox-client" ? ALLOW : refuse("not-found");
    case "read-dev-mailbox":
      // With a real mail server the mail is real: it is nobody's to read here.
      return conditions.devMailbox && p.kind === "sandbox-client" ? ALLOW : refuse("not-found");
  }
}
