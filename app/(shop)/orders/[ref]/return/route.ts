// Demo shop: where the checkout sends the shopper back. A paid order empties the cart it was
// made from (a page cannot change cookies, this route can), then the order page shows it.
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { demoShopOpen } from "@/lib/access/pages";
import { env } from "@/lib/env";
import { CART_COOKIE, CART_ID_COOKIE } from "@/lib/shop/cart";
import { OPEN_ORDER_COOKIE, parseOpenOrder } from "@/lib/shop/open-order";
import { orderPath, readOrder } from "@/lib/shop/orders";

export async function GET(request: Request, { params }: { params: Promise<{ ref: string }> }): Promise<Response> {
  const base = env().appUrl;
  if (!demoShopOpen()) return NextResponse.redirect(new URL("/", base), 303);
  const { ref } = await params;
  const checkoutId = new URL(request.url).searchParams.get("checkout_id") ?? undefined;
  const order = await readOrder(ref, checkoutId);
  if (!order) return NextResponse.redirect(new URL(`/orders/${encodeURIComponent(ref)}`, base), 303);
  const jar = await cookies();
  // Only the cart this order was made from: another tab's newer cart stays as it is.
  if (order.status === "PAID" && parseOpenOrder(jar.get(OPEN_ORDER_COOKIE)?.value)?.checkoutId === order.id) {
    for (const name of [CART_COOKIE, CART_ID_COOKIE, OPEN_ORDER_COOKIE]) jar.delete(name);
  }
  return NextResponse.redirect(new URL(orderPath(ref, order.id), base), 303);
}
