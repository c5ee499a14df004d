// Where the provider sends the shopper back: reads the payment's status from the provider, then
// shows it live (the webhook may come before or after this page).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/site-header";
import { CheckoutView } from "@/components/checkout/checkout-view";
import { cardOwnerIfSignedIn, requireCheckoutHolder } from "@/lib/access/pages";
import { saveCardOffer } from "@/lib/cards/save-card-offer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isMobileUserAgent } from "@/lib/checkouts/device";
import { checkoutTitle, loadCheckoutPage } from "@/lib/checkouts/page-data";
import { syncPayment } from "@/lib/checkouts/sync-payment";
import { getI18n } from "@/lib/i18n/server";
import { availableProviderIds, getProvider } from "@/lib/providers/registry";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await checkoutTitle(await db(), (await params).id, "Payment status"), robots: { index: false } };
}

export default async function ReturnPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ payment?: string }> }) {
  const [{ id }, { payment }, { locale, m }] = await Promise.all([params, searchParams, getI18n()]);
  await requireCheckoutHolder(id);
  const prisma = await db();
  if (payment) {
    await syncPayment(prisma, getProvider, id, payment, "return").catch((error) => {
      if (!(error instanceof AppError)) throw error;
    });
  }
  const data = await loadCheckoutPage(prisma, id, availableProviderIds());
  if (!data) notFound();
  return (
    <>
      <SiteHeader locale={locale} m={m} brand={{ name: data.merchant.name, logoUrl: data.merchant.logoUrl }} />
      <main id="main">
        <CheckoutView data={data} m={m} locale={locale} mobile={isMobileUserAgent((await headers()).get("user-agent"))} offer={await saveCardOffer(await db(), data.merchant.id, await cardOwnerIfSignedIn())} />
      </main>
    </>
  );
}
