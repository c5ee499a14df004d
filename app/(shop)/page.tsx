// Demo shop: the merchant's product list; on a live install (no demo data), the front page.
import type { Metadata } from "next";
import { addToCart } from "./actions";
import { LiveHome } from "@/components/home/live-home";
import { SiteHeader } from "@/components/site-header";
import { getI18n } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/payments/money";
import { listProducts, readCart } from "@/lib/shop/catalog";
import { demoShopOpen, openToAnyone } from "@/lib/access/pages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: { absolute: demoShopOpen() ? m.shop.title : m.home.title } };
}

export default async function ShopPage() {
  openToAnyone();
  if (!demoShopOpen()) {
    const { locale, m } = await getI18n();
    return (
      <>
        <SiteHeader locale={locale} m={m} />
        <LiveHome m={m} />
      </>
    );
  }
  const [{ locale, m }, products, cart] = await Promise.all([getI18n(), listProducts(), readCart()]);
  const count = Object.values(cart).reduce((a, b) => a + b, 0);
  return (
    <>
      <SiteHeader locale={locale} m={m} brand={{ name: m.shop.title, href: "/" }} cartCount={count} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-3xl font-bold">{m.shop.title}</h1>
        <p className="mt-2 text-stone-700">{m.shop.tagline}</p>
        <h2 className="mt-8 text-xl font-semibold">{m.shop.products}</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {products.map((p) => (
            <li key={p.id} className="flex flex-col rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <span aria-hidden="true" className="text-4xl">
                {p.emoji}
              </span>
              <h3 className="mt-2 text-lg font-semibold">{p.name}</h3>
              <p className="text-stone-700">{p.description}</p>
              <p className="mt-2 font-semibold">{formatMoney(p.priceCents, "EUR", locale)}</p>
              <form action={addToCart} className="mt-3">
                <input type="hidden" name="slug" value={p.slug} />
                <button type="submit" aria-label={`${m.shop.addToCart}: ${p.name}`} className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
                  {m.shop.addToCart}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
