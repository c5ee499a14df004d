// The demo shop's products and cart, read for the current request.
import "server-only";
import { cookies } from "next/headers";
import { db } from "../db/client";
import { DEMO_MERCHANT_ID } from "../db/seed";
import { CART_COOKIE, cartLines, parseCart, type Cart } from "./cart";

export async function listProducts() {
  return (await db()).product.findMany({ where: { merchantId: DEMO_MERCHANT_ID }, orderBy: { priceCents: "asc" } });
}

export async function readCart(): Promise<Cart> {
  return parseCart((await cookies()).get(CART_COOKIE)?.value);
}

export async function readCartLines() {
  const [cart, products] = await Promise.all([readCart(), listProducts()]);
  return cartLines(cart, products);
}
