// Cardholder: add a card with a merchant, through a verification payment that links it.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CardLinkForm } from "@/components/account/card-link-form";
import { PageHeading } from "@/components/page-heading";
import { SiteHeader } from "@/components/site-header";
import { requireCardOwner } from "@/lib/access/pages";
import { linkOfferFor } from "@/lib/cards/link-offer";
import { db } from "@/lib/db/client";
import { prefilledShopperName } from "@/lib/shopper/remember-name";
import { fill } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { availableProviderIds } from "@/lib/providers/registry";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a card" };

export default async function AddCardPage({ searchParams }: { searchParams: Promise<{ merchant?: string; error?: string }> }) {
  const user = await requireCardOwner();
  const [{ merchant, error }, { locale, m }] = await Promise.all([searchParams, getI18n()]);
  const offer = typeof merchant === "string" ? await linkOfferFor(await db(), user.id, merchant, availableProviderIds()) : null;
  // A shop that does not offer linking (or an unknown one) has no page of its own.
  if (!offer) redirect("/account/cards?error=not_offered");
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <PageHeading title={fill(m.addCard.titleAdd, { merchant: offer.merchant })} back={{ href: "/account/cards", label: m.addCard.back }} />
        <CardLinkForm offer={offer} replacing={null} m={m} locale={locale} error={error} name={await prefilledShopperName(await db(), { shopperName: null }, user.id)} />
      </main>
    </>
  );
}
