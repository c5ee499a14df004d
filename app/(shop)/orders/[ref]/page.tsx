// Demo shop: the merchant's order page. It asks the merchant API what became of the checkout;
// while the order is unpaid the shopper can go on paying or back to the cart (kept until paid).
import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { OrderItems } from "@/components/order-items";
import { fill } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/payments/money";
import { readCart } from "@/lib/shop/catalog";
import { readOrder } from "@/lib/shop/orders";
import { requireDemoShop } from "@/lib/access/pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Order" };

export default async function OrderPage({ params, searchParams }: { params: Promise<{ ref: string }>; searchParams: Promise<{ checkout_id?: string }> }) {
  requireDemoShop();
  const [{ ref }, { checkout_id }, { locale, m }, cart] = await Promise.all([params, searchParams, getI18n(), readCart()]);
  const checkout = await readOrder(ref, checkout_id);
  const count = Object.values(cart).reduce((a, b) => a + b, 0);
  const link = "text-brand underline";
  return (
    <>
      <SiteHeader locale={locale} m={m} brand={{ name: m.shop.title, href: "/" }} cartCount={count} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <h1 className="break-words text-2xl font-bold">{fill(m.shop.orderTitle, { ref })}</h1>
        {!checkout ? (
          <p className="mt-4">{m.shop.orderUnknown}</p>
        ) : checkout.status === "PAID" ? (
          <p className="mt-4 rounded bg-green-50 p-4 text-green-900" data-testid="order-status">
            {m.shop.orderPaid} ({formatMoney(checkout.amount, "EUR", locale)})
          </p>
        ) : (
          <div className="mt-4 rounded bg-amber-50 p-4 text-amber-900" data-testid="order-status">
            <p>{m.shop.orderNotPaid}</p>
            <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {checkout.status === "OPEN" && (
                <a className={link} href={checkout.url}>
                  {m.shop.continuePaying}
                </a>
              )}
              {count > 0 && (
                <Link className={link} href="/cart">
                  {m.shop.backToCart}
                </Link>
              )}
            </p>
          </div>
        )}
        {checkout?.items && <OrderItems items={checkout.items} total={checkout.amount} locale={locale} labels={m.orderItems} />}
        <p className="mt-6">
          <Link href="/" className={link}>
            {m.shop.backToShop}
          </Link>
        </p>
      </main>
    </>
  );
}
