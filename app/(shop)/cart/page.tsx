// Demo shop: the cart, with quantities and the way to payment.
import Link from "next/link";
import type { Metadata } from "next";
import { changeQuantity } from "../actions";
import { SiteHeader } from "@/components/site-header";
import { CheckoutForm } from "@/components/shop/checkout-form";
import { fill } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/payments/money";
import { cartTotal } from "@/lib/shop/cart";
import { readCartLines } from "@/lib/shop/catalog";
import { requireDemoShop } from "@/lib/access/pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cart" };

export default async function CartPage() {
  requireDemoShop();
  const [{ locale, m }, lines] = await Promise.all([getI18n(), readCartLines()]);
  const count = lines.reduce((a, l) => a + l.quantity, 0);
  return (
    <>
      <SiteHeader locale={locale} m={m} brand={{ name: m.shop.title, href: "/" }} cartCount={count} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <h1 className="text-2xl font-bold">{m.shop.cart}</h1>
        {lines.length === 0 ? (
          <p className="mt-4">
            {m.shop.emptyCart}{" "}
            <Link href="/" className="text-brand underline">
              {m.shop.continueShopping}
            </Link>
          </p>
        ) : (
          <>
            <ul className="mt-4 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {lines.map((l) => (
                <li key={l.slug} className="flex flex-wrap items-center justify-between gap-3 p-4">
                  <span>
                    <span aria-hidden="true">{l.emoji} </span>
                    {l.name}
                  </span>
                  <span className="flex items-center gap-2">
                    <form action={changeQuantity}>
                      <input type="hidden" name="slug" value={l.slug} />
                      <input type="hidden" name="quantity" value={l.quantity - 1} />
                      <button type="submit" aria-label={fill(m.shop.decrease, { name: l.name })} className="h-8 w-8 rounded border border-stone-400">
                        −
                      </button>
                    </form>
                    <span aria-label={m.shop.quantity} data-testid={`qty-${l.slug}`}>
                      {l.quantity}
                    </span>
                    <form action={changeQuantity}>
                      <input type="hidden" name="slug" value={l.slug} />
                      <input type="hidden" name="quantity" value={l.quantity + 1} />
                      <button type="submit" aria-label={fill(m.shop.increase, { name: l.name })} className="h-8 w-8 rounded border border-stone-400">
                        +
                      </button>
                    </form>
                    <span className="w-24 text-right font-medium">{formatMoney(l.lineCents, "EUR", locale)}</span>
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-4 flex justify-between text-lg font-semibold">
              <span>{m.shop.total}</span>
              <span data-testid="cart-total">{formatMoney(cartTotal(lines), "EUR", locale)}</span>
            </p>
            <CheckoutForm
              labels={{ email: m.shop.email, checkout: m.shop.checkout, paying: m.checkout.paying, failed: m.shop.checkoutFailed, emailInvalid: m.shop.emailInvalid }}
            />
          </>
        )}
      </main>
    </>
  );
}
