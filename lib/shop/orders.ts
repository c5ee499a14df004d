// The demo shop's orders, as it learns of them from the merchant API (never from our tables):
// where the checkout sends the shopper back, what became of an order, and what "Go to payment"
// does when the cart already has a checkout.
import "server-only";
import { env } from "../env";
import { expireCheckoutViaApi, getCheckoutViaApi, type ApiCheckout } from "./merchant-client";
import type { OpenOrder } from "./open-order";

const CHECKOUT_ID = /^chk_[a-z2-7]{20}$/;
/** Payment states that may still become PAID. */
const UNDECIDED = ["CREATED", "PENDING", "IDENTIFIED", "AUTHORIZED"];

/** The checkout's return URL: a route that empties the cart once the order is paid, then shows it. */
export function orderReturnUrl(reference: string): string {
  return `${env().appUrl}/orders/${encodeURIComponent(reference)}/return`;
}

export function orderPath(reference: string, checkoutId: string, step: "" | "/return" = ""): string {
  return `/orders/${encodeURIComponent(reference)}${step}?checkout_id=${encodeURIComponent(checkoutId)}`;
}

/** The order `reference` paid through `checkoutId`, or null when the API knows no such pair. */
export async function readOrder(reference: string, checkoutId: string | undefined): Promise<ApiCheckout | null> {
  if (!checkoutId || !CHECKOUT_ID.test(checkoutId)) return null;
  const res = await getCheckoutViaApi(checkoutId);
  const body = res.body as ApiCheckout | null;
  return res.status === 200 && body?.merchantReference === reference ? body : null;
}

/** Whether the checkout a cart went to payment with is paid. */
export async function orderPaid(checkoutId: string): Promise<boolean> {
  const res = await getCheckoutViaApi(checkoutId);
  return res.status === 200 && (res.body as ApiCheckout).status === "PAID";
}

export type FollowUp =
  /** The same cart: go back to its checkout, still open. */
  | { kind: "resume"; url: string }
  /** That checkout was paid meanwhile: show the order (which empties the cart). */
  | { kind: "paid"; orderUrl: string }
  /** The cart changed while a payment of the old one is still open: it must end first. */
  | { kind: "blocked" }
  /** No checkout to go on with (ended, expired, or just ended for the changed cart): open a new one. */
  | { kind: "new" };

export async function followUpOpenOrder(previous: OpenOrder, contents: string): Promise<FollowUp> {
  const res = await getCheckoutViaApi(previous.checkoutId);
  if (res.status !== 200) return { kind: "new" };
  const checkout = res.body as ApiCheckout;
  if (checkout.status === "PAID") return { kind: "paid", orderUrl: orderPath(checkout.merchantReference, checkout.id, "/return") };
  // Past its hour, a checkout may still have a payment its provider lets finish later (its own
  // deadline): a new order now could be paid as well as that one.
  if (checkout.status !== "OPEN") return checkout.payments.some((p) => UNDECIDED.includes(p.status)) ? { kind: "blocked" } : { kind: "new" };
  if (previous.contents === contents) return { kind: "resume", url: checkout.url };
  const ended = await expireCheckoutViaApi(checkout.id);
  if (ended.status === 200) return { kind: "new" };
  if (ended.status === 409) {
    // Paid between our two calls, or a payment still open on it.
    const again = await getCheckoutViaApi(checkout.id);
    if (again.status === 200 && (again.body as ApiCheckout).status === "PAID") return followUpOpenOrder(previous, contents);
    return { kind: "blocked" };
  }
  throw new Error(`ending the cart's previous checkout answered HTTP ${ended.status}`);
}
