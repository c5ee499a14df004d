// Demo shop: the merchant's return page. It asks the merchant API what became of the checkout.
import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { fill } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/payments/money";
import { getCheckoutViaApi, type ApiCheckout } from "@/lib/shop/merchant-client";
import { requireDemoShop } from "@/lib/access/pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Order" };

export default async function OrderPage({ params, searchParams }: { params: Promise<{ ref: string }>; searchParams: Promise<{ checkout_id?: string }> }) {
  requireDemoShop();
  const [{ ref }, { checkout_id }, { locale, m }] = await Promise.all([params, searchParams, getI18n()]);
  let checkout: ApiCheckout | null = null;
  if (checkout_id && /^chk_[a-z2-7]{20}$/.test(checkout_id)) {
    const res = await getCheckoutViaApi(checkout_id);
    const body = res.body as ApiCheckout | null;
    if (res.status === 200 && body?.merchantReference === ref) checkout = body;
  }
  return (
    <>
      <SiteHeader locale={locale} m={m} brand={{ name: m.shop.title, href: "/" }} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <h1 className="text-2xl font-bold">{fill(m.shop.orderTitle, { ref })}</h1>
        {!checkout ? (
          <p className="mt-4">{m.shop.orderUnknown}</p>
        ) : checkout.status === "PAID" ? (
          <p className="mt-4 rounded bg-green-50 p-4 text-green-900" data-testid="order-status">
            {m.shop.orderPaid} ({formatMoney(checkout.amount, "EUR", locale)})
          </p>
        ) : (
          <p className="mt-4 rounded bg-amber-50 p-4 text-amber-900" data-testid="order-status">
            {m.shop.orderNotPaid}{" "}
            <a className="text-brand underline" href={checkout.url}>
              {m.checkout.retry}
            </a>
          </p>
        )}
        <p className="mt-6">
          <Link href="/" className="text-brand underline">
            {m.shop.backToShop}
          </Link>
        </p>
      </main>
    </>
  );
}
