// The demo shop's cart, kept in a cookie as { productSlug: quantity }.
import { z } from "zod";

export const CART_COOKIE = "cart";
/** A random id per cart: part of its orders' references and Idempotency-Keys. */
export const CART_ID_COOKIE = "cart_id";
const CartSchema = z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.number().int().min(1).max(99));
export type Cart = z.infer<typeof CartSchema>;

export function parseCart(value: string | undefined): Cart {
  if (!value) return {};
  try {
    const parsed = CartSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function setQuantity(cart: Cart, slug: string, quantity: number): Cart {
  const next = { ...cart };
  if (quantity <= 0) delete next[slug];
  else next[slug] = Math.min(quantity, 99);
  return next;
}

export type CartLine = { slug: string; name: string; emoji: string; priceCents: number; quantity: number; lineCents: number };

export function cartLines(cart: Cart, products: { slug: string; name: string; emoji: string; priceCents: number }[]): CartLine[] {
  return products.flatMap((p) => {
    const quantity = cart[p.slug];
    return quantity ? [{ slug: p.slug, name: p.name, emoji: p.emoji, priceCents: p.priceCents, quantity, lineCents: p.priceCents * quantity }] : [];
  });
}

export function cartTotal(lines: CartLine[]): number {
  return lines.reduce((sum, l) => sum + l.lineCents, 0);
}
