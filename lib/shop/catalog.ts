// The demo shop's products and cart, read for the current request.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "../db/client";
import { DEMO_MERCHANT_ID } from "../db/seed";
import { CART_COOKIE, cartLines, parseCart, type Cart } from "./cart";
import { OPEN_ORDER_COOKIE, parseOpenOrder } from "./open-order";
import { orderPaid } from "./orders";

export async function listProducts() {
  return (await db()).product.findMany({ where: { merchantId: DEMO_MERCHANT_ID }, orderBy: { priceCents: "asc" } });
}

/**
 * The cart, and whether the order it went to payment as is paid. A shopper who paid and never
 * came back to the shop still finds an empty cart: the shop asks the API on its next page.
 */
export const readCartState = cache(async (): Promise<{ cart: Cart; paid: boolean }> => {
  const jar = await cookies();
  const open = parseOpenOrder(jar.get(OPEN_ORDER_COOKIE)?.value);
  if (open && (await orderPaid(open.checkoutId))) return { cart: {}, paid: true };
  return { cart: parseCart(jar.get(CART_COOKIE)?.value), paid: false };
});

export async function readCart(): Promise<Cart> {
  return (await readCartState()).cart;
}

export async function readCartLines() {
  const [cart, products] = await Promise.all([readCart(), listProducts()]);
  return cartLines(cart, products);
}
