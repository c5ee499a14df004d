// Cardholder: their own linked cards, each with its state.
import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { CardList } from "@/components/account/card-list";
import { requireCardOwner } from "@/lib/access/pages";
import { cardsOf } from "@/lib/cards/owned-cards";
import { db } from "@/lib/db/client";
import { fill } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { PROVIDER_NAMES, ProviderIdSchema, type ProviderId } from "@/lib/payments/providers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your cards" };

type Search = { deleted?: string; error?: string; card?: string };

export default async function CardsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireCardOwner();
  const [{ locale, m }, cards, search] = await Promise.all([getI18n(), cardsOf(await db(), user.id), searchParams]);
  // What became of a delete: named by the card's own merchant and provider, from this cardholder's cards only.
  const about = cards.find((c) => c.id === (search.deleted ?? search.card));
  const providerName = (p: string) => (ProviderIdSchema.safeParse(p).success ? PROVIDER_NAMES[p as ProviderId] : p);
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-bold">{m.cards.title}</h1>
        <p className="mt-1">
          <Link href="/account" className="text-brand underline">
            {m.cards.back}
          </Link>
        </p>
        <p className="mt-2 text-stone-700">{m.cards.intro}</p>
        {search.deleted && about && (
          <p role="status" className="mt-4 rounded bg-green-50 p-3 text-green-900">
            {fill(m.cards.deleted, { merchant: about.merchant })}
          </p>
        )}
        {search.error === "provider" && about && (
          <p role="alert" className="mt-4 rounded bg-red-50 p-3 text-red-900">
            {fill(m.cards.deleteFailed, { provider: providerName(about.provider) })}
          </p>
        )}
        {search.error === "not_found" && (
          <p role="alert" className="mt-4 rounded bg-red-50 p-3 text-red-900">
            {m.cards.deleteNotFound}
          </p>
        )}
        <CardList cards={cards} m={m} locale={locale} />
      </main>
    </>
  );
}
