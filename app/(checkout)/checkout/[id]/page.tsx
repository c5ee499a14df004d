// Hosted checkout page: what the shopper pays, and how.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/site-header";
import { CheckoutView } from "@/components/checkout/checkout-view";
import { cardOwnerIfSignedIn, requireCheckoutHolder } from "@/lib/access/pages";
import { saveCardOffer } from "@/lib/cards/save-card-offer";
import { db } from "@/lib/db/client";
import { isMobileUserAgent } from "@/lib/checkouts/device";
import { checkoutTitle, loadCheckoutPage } from "@/lib/checkouts/page-data";
import { getI18n } from "@/lib/i18n/server";
import { prefilledShopperName } from "@/lib/shopper/remember-name";
import { availableProviderIds, availableProviders } from "@/lib/providers/registry";
import { oneClickOffer } from "@/lib/cards/one-click-offer";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await checkoutTitle(await db(), (await params).id, "Checkout"), robots: { index: false } };
}

export default async function CheckoutPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ error?: string }> }) {
  const [{ id }, { error }, { locale, m }] = await Promise.all([params, searchParams, getI18n()]);
  await requireCheckoutHolder(id);
  const data = await loadCheckoutPage(await db(), id, availableProviderIds());
  if (!data) notFound();
  const owner = await cardOwnerIfSignedIn();
  const chargeable = Object.values(availableProviders()).flatMap((p) => (p?.chargeLink ? [p.id] : []));
  const oneClick = owner ? await oneClickOffer(await db(), { cardholderId: owner.id, checkout: data.checkout, chargeableProviders: chargeable }) : null;
  return (
    <>
      <SiteHeader locale={locale} m={m} brand={{ name: data.merchant.name, logoUrl: data.merchant.logoUrl }} />
      <main id="main">
        <CheckoutView data={data} m={m} locale={locale} mobile={isMobileUserAgent((await headers()).get("user-agent"))} error={error} offer={await saveCardOffer(await db(), data.merchant.id, owner)} shopperName={await prefilledShopperName(await db(), data.checkout, owner?.id ?? null)} oneClick={oneClick} />
      </main>
    </>
  );
}
