"use server";
// Demo shop actions: cart changes in a cookie, and checkout through the merchant API.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireDemoShop } from "@/lib/access/pages";
import { randomToken } from "@/lib/ids";
import { CART_COOKIE, CART_ID_COOKIE, cartTotal, setQuantity } from "@/lib/shop/cart";
import { readCart, readCartLines, readCartState } from "@/lib/shop/catalog";
import { getI18n } from "@/lib/i18n/server";
import { createCheckoutViaApi } from "@/lib/shop/merchant-client";
import { cartContents, formatOpenOrder, newOrderKeys, OPEN_ORDER_COOKIE, parseOpenOrder } from "@/lib/shop/open-order";
import { followUpOpenOrder, orderReturnUrl } from "@/lib/shop/orders";

const cookieOptions = { path: "/", sameSite: "lax" as const, httpOnly: true, maxAge: 7 * 24 * 3600 };

/** A demo shop action on a live install: back to the front page, which is no shop. */
const backToFront = (): never => redirect("/");

const QuantitySchema = z.object({ slug: z.string().min(1).max(40), quantity: z.coerce.number().int().min(0).max(99) });

async function saveCart(cart: Record<string, number>) {
  const jar = await cookies();
  // The cart that went to payment was paid meanwhile: this is a new cart, with no order yet.
  if ((await readCartState()).paid) for (const name of [CART_ID_COOKIE, OPEN_ORDER_COOKIE]) jar.delete(name);
  jar.set(CART_COOKIE, JSON.stringify(cart), cookieOptions);
}

export async function addToCart(formData: FormData): Promise<void> {
  requireDemoShop(backToFront);
  const slug = z.string().min(1).max(40).safeParse(formData.get("slug"));
  if (!slug.success) return;
  const cart = await readCart();
  await saveCart(setQuantity(cart, slug.data, (cart[slug.data] ?? 0) + 1));
}

export async function changeQuantity(formData: FormData): Promise<void> {
  requireDemoShop(backToFront);
  const parsed = QuantitySchema.safeParse({ slug: formData.get("slug"), quantity: formData.get("quantity") });
  if (!parsed.success) return;
  await saveCart(setQuantity(await readCart(), parsed.data.slug, parsed.data.quantity));
}

export type CheckoutFormState = { error?: string; fieldErrors?: Record<string, string> } | undefined;

const CheckoutFormSchema = z.object({ email: z.union([z.literal(""), z.email()]) });

export async function checkoutCart(_prev: CheckoutFormState, formData: FormData): Promise<CheckoutFormState> {
  requireDemoShop(backToFront);
  const form = CheckoutFormSchema.safeParse({ email: formData.get("email") ?? "" });
  if (!form.success) return { fieldErrors: { email: "email" } };
  const lines = await readCartLines();
  if (lines.length === 0) return { error: "empty" };
  const jar = await cookies();
  let cartId = jar.get(CART_ID_COOKIE)?.value;
  if (!cartId || !/^[a-z2-7]{16}$/.test(cartId)) {
    cartId = randomToken(16);
    jar.set(CART_ID_COOKIE, cartId, cookieOptions);
  }
  const contents = cartContents(lines);
  const previous = parseOpenOrder(jar.get(OPEN_ORDER_COOKIE)?.value);
  if (previous) {
    // Back from the checkout: the same cart goes on with its checkout; a changed cart ends it first.
    const decided = await followUpOpenOrder(previous, contents);
    if (decided.kind === "resume") redirect(decided.url);
    if (decided.kind === "paid") redirect(decided.orderUrl);
    if (decided.kind === "blocked") return { error: (await getI18n()).m.shop.previousPaymentOpen };
  }
  const { idempotencyKey, reference } = newOrderKeys(cartId, contents, previous);
  const res = await createCheckoutViaApi(
    {
      amount: cartTotal(lines),
      currency: "EUR",
      description: lines.map((l) => `${l.quantity} × ${l.name}`).join(", ").slice(0, 255),
      merchantReference: reference,
      ...(form.data.email ? { customerEmail: form.data.email } : {}),
      returnUrl: orderReturnUrl(reference),
      items: lines.map((l) => ({ name: l.name, quantity: l.quantity, unitAmount: l.priceCents })),
    },
    idempotencyKey,
  );
  const parsed = z.object({ id: z.string(), url: z.url() }).safeParse(res.body);
  if (res.status !== 201 && res.status !== 200) {
    const message = z.object({ error: z.object({ message: z.string() }) }).safeParse(res.body);
    return { error: message.success ? message.data.error.message : `HTTP ${res.status}` };
  }
  if (!parsed.success) return { error: "unexpected answer" };
  // The cart stays: Back from the checkout shows it whole. It is emptied when the order is paid.
  jar.set(OPEN_ORDER_COOKIE, formatOpenOrder({ checkoutId: parsed.data.id, contents }), cookieOptions);
  redirect(parsed.data.url);
}
