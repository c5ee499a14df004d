"use server";
// Demo shop actions: cart changes in a cookie, and checkout through the merchant API.
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireDemoShop } from "@/lib/access/pages";
import { env } from "@/lib/env";
import { randomToken } from "@/lib/ids";
import { CART_COOKIE, cartTotal, setQuantity } from "@/lib/shop/cart";
import { readCart, readCartLines } from "@/lib/shop/catalog";
import { createCheckoutViaApi } from "@/lib/shop/merchant-client";

const CART_ID_COOKIE = "cart_id";
const cookieOptions = { path: "/", sameSite: "lax" as const, httpOnly: true, maxAge: 7 * 24 * 3600 };

/** A demo shop action on a live install: back to the front page, which is no shop. */
const backToFront = (): never => redirect("/");

const QuantitySchema = z.object({ slug: z.string().min(1).max(40), quantity: z.coerce.number().int().min(0).max(99) });

async function saveCart(cart: Record<string, number>) {
  (await cookies()).set(CART_COOKIE, JSON.stringify(cart), cookieOptions);
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
  // The same cart submitted twice (double click, back button) is the same checkout.
  const contents = createHash("sha256").update(JSON.stringify(lines.map((l) => [l.slug, l.quantity]))).digest("hex").slice(0, 16);
  const reference = `MP-${cartId.slice(0, 6).toUpperCase()}-${contents.slice(0, 4).toUpperCase()}`;
  const res = await createCheckoutViaApi(
    {
      amount: cartTotal(lines),
      currency: "EUR",
      description: lines.map((l) => `${l.quantity} × ${l.name}`).join(", ").slice(0, 255),
      merchantReference: reference,
      ...(form.data.email ? { customerEmail: form.data.email } : {}),
      returnUrl: `${env().appUrl}/orders/${reference}`,
    },
    `cart-${cartId}-${contents}`,
  );
  const parsed = z.object({ id: z.string(), url: z.url() }).safeParse(res.body);
  if (res.status !== 201 && res.status !== 200) {
    const message = z.object({ error: z.object({ message: z.string() }) }).safeParse(res.body);
    return { error: message.success ? message.data.error.message : `HTTP ${res.status}` };
  }
  if (!parsed.success) return { error: "unexpected answer" };
  jar.delete(CART_COOKIE);
  jar.delete(CART_ID_COOKIE);
  redirect(parsed.data.url);
}
