// The demo shop remembers, beside the cart, the checkout it opened for it and which cart contents
// that checkout charges: "Go to payment" again with the same cart goes back to that checkout, a
// changed cart ends it first (POST …/expire), so two orders of one cart can never both be paid.
// The cart itself is kept until the shop reads that its checkout was paid.
import { createHash } from "node:crypto";
import type { CartLine } from "./cart";

export const OPEN_ORDER_COOKIE = "cart_checkout";

export type OpenOrder = { checkoutId: string; contents: string };

/** A fingerprint of what is in the cart (products and quantities). */
export function cartContents(lines: Pick<CartLine, "slug" | "quantity">[]): string {
  return createHash("sha256")
    .update(JSON.stringify(lines.map((l) => [l.slug, l.quantity])))
    .digest("hex")
    .slice(0, 16);
}

export function formatOpenOrder(o: OpenOrder): string {
  return `${o.checkoutId}.${o.contents}`;
}

export function parseOpenOrder(value: string | undefined): OpenOrder | null {
  const m = /^(chk_[a-z2-7]{20})\.([0-9a-f]{16})$/.exec(value ?? "");
  return m ? { checkoutId: m[1]!, contents: m[2]! } : null;
}

/**
 * The Idempotency-Key and merchant reference of a new checkout for these contents: the same cart
 * submitted twice (double click) is one checkout, and a cart that comes back to earlier contents
 * after another checkout gets a new one (the key names the checkout it follows).
 */
export function newOrderKeys(cartId: string, contents: string, previous: OpenOrder | null) {
  const key = `cart-${cartId}-${contents}-after-${previous?.checkoutId ?? "none"}`;
  const tag = createHash("sha256").update(key).digest("hex").slice(0, 6).toUpperCase();
  return { idempotencyKey: key, reference: `MP-${cartId.slice(0, 6).toUpperCase()}-${tag}` };
}
