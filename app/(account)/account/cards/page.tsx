// Cardholder: their own linked cards, each with its state.
import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { CardList } from "@/components/account/card-list";
import { requireCardOwner } from "@/lib/access/pages";
import { cardsOf } from "@/lib/cards/owned-cards";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your cards" };

export default async function CardsPage() {
  const user = await requireCardOwner();
  const [{ locale, m }, cards] = await Promise.all([getI18n(), cardsOf(await db(), user.id)]);
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
        <CardList cards={cards} m={m} locale={locale} />
      </main>
    </>
  );
}
