// Cardholder: replace (re-link) one of their own cards through a new verification payment.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CardLinkForm } from "@/components/account/card-link-form";
import { PageHeading } from "@/components/page-heading";
import { SiteHeader } from "@/components/site-header";
import { requireCardOwner } from "@/lib/access/pages";
import { linkOfferFor } from "@/lib/cards/link-offer";
import { cardsOf } from "@/lib/cards/owned-cards";
import { db } from "@/lib/db/client";
import { prefilledShopperName } from "@/lib/shopper/remember-name";
import { fill } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { availableProviderIds } from "@/lib/providers/registry";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Replace a card" };

export default async function ReplaceCardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ error?: string }> }) {
  const user = await requireCardOwner();
  const [{ id }, { error }, { locale, m }] = await Promise.all([params, searchParams, getI18n()]);
  const prisma = await db();
  // Only among this cardholder's own cards: another's is as absent as an unknown one.
  const card = (await cardsOf(prisma, user.id)).find((c) => c.id === id && c.state !== "deleted");
  if (!card) redirect("/account/cards?error=not_found");
  const offer = await linkOfferFor(prisma, user.id, card.merchantId, availableProviderIds());
  if (!offer) redirect("/account/cards?error=not_offered");
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <PageHeading title={fill(m.addCard.titleReplace, { merchant: offer.merchant })} back={{ href: "/account/cards", label: m.addCard.back }} />
        <CardLinkForm offer={offer} replacing={{ cardId: card.id, label: card.masked ?? m.cards.noNumber }} m={m} locale={locale} error={error} name={await prefilledShopperName(await db(), { shopperName: null }, user.id)} />
      </main>
    </>
  );
}
