// What pages and server actions call first: each helper asks the policy and turns a refusal into
// the page's answer (sign in, or 404). Redirects and 404s are thrown, so the caller's next line
// runs only when allowed.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { db } from "../db/client";
import { env } from "../env";
import { LINK_PURPOSES } from "../links/signed-link";
import { PAGE_PURPOSE, refusedPath, type CardholderPage } from "../links/urls";
import { checkoutHolder } from "./checkout-holder";
import { PAYMENT_ID, paymentReader, type PaymentReader } from "./payment-links";
import { installation } from "./conditions";
import { currentPrincipal } from "./current";
import { decide, type Capability, type Refusal } from "./policy";
import type { Principal } from "./principal";

function refuse(refusal: Refusal): never {
  if (refusal === "sign-in" || refusal === "unauthorized") redirect("/signin");
  notFound();
}

function check(principal: Principal, capability: Capability): void {
  const decision = decide(principal, capability, installation());
  if (!decision.allowed) refuse(decision.refusal);
}

/** The demo shop is served (demo data on): the front page is the shop, else the live front page. */
export function demoShopOpen(): boolean {
  return decide({ kind: "anonymous" }, { to: "shop" }, installation()).allowed;
}

/** The demo shop's pages (404) and actions (`otherwise`, a redirect) without demo data. */
export function requireDemoShop(otherwise: () => never = notFound): void {
  if (!demoShopOpen()) otherwise();
}

/** Public: the sign-in pages, the language switch, the front page. */
export function openToAnyone(): void {
  check({ kind: "anonymous" }, { to: "browse" });
}

/** Staff of a merchant, still in the database; anyone else is sent to sign in. */
export async function requireStaff(): Promise<Extract<Principal, { kind: "staff" }>> {
  const p = await currentPrincipal();
  check(p, { to: "run-back-office" });
  if (p.kind !== "staff") redirect("/signin");
  return p;
}

/** A signed-in cardholder, still in the database; anyone else is sent to sign in. */
export async function requireCardholder(): Promise<Extract<Principal, { kind: "cardholder" }>> {
  const p = await currentPrincipal();
  check(p, { to: "view-account" });
  if (p.kind !== "cardholder") redirect("/signin");
  return p;
}

/**
 * A signed-in cardholder, about their own cards; anyone else is sent to sign in, and with `back`
 * (one of our own paths, lib/auth/return-to.ts) brought back there by the sign-in link.
 */
export async function requireCardOwner(back?: string): Promise<Extract<Principal, { kind: "cardholder" }>> {
  const p = await currentPrincipal();
  const signIn = back ? `/signin?next=${encodeURIComponent(back)}` : "/signin";
  const decision = decide(p, { to: "own-cards" }, installation());
  if (!decision.allowed && (decision.refusal === "sign-in" || decision.refusal === "unauthorized")) redirect(signIn);
  if (!decision.allowed) notFound();
  if (p.kind !== "cardholder") redirect(signIn);
  return p;
}

/**
 * The cardholder signed in, on a page open to others too (the checkout): only they may save a
 * card there. Null for a guest, staff or anyone else.
 */
export async function cardOwnerIfSignedIn(): Promise<Extract<Principal, { kind: "cardholder" }> | null> {
  const p = await currentPrincipal();
  return decide(p, { to: "own-cards" }, installation()).allowed && p.kind === "cardholder" ? p : null;
}

/**
 * The shopper holding checkout `id`. A page answers 404 otherwise; an action passes `otherwise`
 * (a redirect) since it has no page of its own to show.
 */
export async function requireCheckoutHolder(id: string, otherwise: () => never = notFound): Promise<string> {
  const decision = decide(await checkoutHolder(await db(), id), { to: "pay", checkoutId: id }, installation());
  if (!decision.allowed) otherwise();
  return id;
}

/** Sandbox pages: 404 when the sandboxes are off. */
export function requireSandbox(): void {
  check({ kind: "sandbox-client" }, { to: "use-sandbox" });
}

/** The fault switch is offered (sandboxes on, no live provider beside them). */
export function sandboxFaultsOpen(): boolean {
  return decide({ kind: "sandbox-client" }, { to: "switch-sandbox-faults" }, installation()).allowed;
}

/** The sandbox clock is offered (sandboxes on, no live provider beside them). */
export function sandboxClockOpen(): boolean {
  return decide({ kind: "sandbox-client" }, { to: "move-sandbox-clock" }, installation()).allowed;
}

/** The development mailbox: only with the sandboxes on and no mail server. */
export function requireDevMailbox(): void {
  check({ kind: "sandbox-client" }, { to: "read-dev-mailbox" });
}

/**
 * A payment's receipt, its request pages and their progress (`page`): with the receipt's signed
 * link `token` for that page, or as the signed-in cardholder whose payment it is. Anyone else is
 * sent to the page saying why the link does not work (403, or 410 when it expired); a malformed
 * payment id is 404. The progress page takes any of the payment's links.
 */
export async function requirePaymentReader(paymentId: string, page: CardholderPage, token: unknown): Promise<PaymentReader> {
  if (!PAYMENT_ID.test(paymentId)) notFound();
  const purposes = page === "requests" ? LINK_PURPOSES : [PAGE_PURPOSE[page]];
  const result = await paymentReader(await db(), await currentPrincipal(), {
    paymentId,
    purposes,
    token: typeof token === "string" && token.length > 0 && token.length < 2000 ? token : undefined,
    secret: env().authSecret,
  });
  if (!result.ok) redirect(refusedPath(paymentId, page, result.reason));
  return result.reader;
}
