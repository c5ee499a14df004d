// Cardholder: their own linked cards, each with its state and what the merchant may do with it;
// adding a card, replacing one, stopping a schedule and deleting a card start here.
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { SiteHeader } from "@/components/site-header";
import { CardList } from "@/components/account/card-list";
import { TermsPrompt } from "@/components/account/terms-prompt";
import { termsToAccept } from "@/lib/cards/terms-to-accept";
import { requireCardOwner } from "@/lib/access/pages";
import { linkOffers } from "@/lib/cards/link-offer";
import { linkOutcome } from "@/lib/cards/link-outcome";
import { cardsOf } from "@/lib/cards/owned-cards";
import { db } from "@/lib/db/client";
import { fill } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { availableProviderIds } from "@/lib/providers/registry";
import { activeSchedulesOf } from "@/lib/schedules/card-schedules";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your cards" };

type Search = { deleted?: string; error?: string; card?: string; stopped?: string; checkout_id?: string; accepted?: string };

export default async function CardsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireCardOwner();
  const prisma = await db();
  const search = await searchParams;
  const [{ locale, m }, cards, schedules, offers, outcome, prompts] = await Promise.all([
    getI18n(),
    cardsOf(prisma, user.id),
    activeSchedulesOf(prisma, user.id),
    linkOffers(prisma, user.id, availableProviderIds()),
    search.checkout_id ? linkOutcome(prisma, user.id, search.checkout_id) : null,
    termsToAccept(prisma, user.id),
  ]);
  // What became of a delete: named by the card's own merchant, from this cardholder's cards only.
  const about = cards.find((c) => c.id === search.deleted);
  const ok = (text: string) => (
    <p role="status" className="mt-4 rounded bg-green-50 p-3 text-green-900">
      {text}
    </p>
  );
  const bad = (text: string) => (
    <p role="alert" className="mt-4 rounded bg-red-50 p-3 text-red-900">
      {text}
    </p>
  );
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <PageHeading title={m.cards.title} back={{ href: "/account", label: m.cards.back }} />
        <p className="mt-2 text-stone-700">{m.cards.intro}</p>
        {outcome?.kind === "added" && ok(fill(m.cards.added, { merchant: outcome.merchant }))}
        {outcome?.kind === "failed" && bad(m.cards.addFailed)}
        {search.deleted && about && ok(fill(m.cards.deleted, { merchant: about.merchant }))}
        {search.stopped && ok(m.cards.stopped)}
        {search.accepted && ok(m.cards.newTerms.accepted)}
        {search.error === "terms_changed" && bad(m.cards.newTerms.changedAgain)}
        {prompts.map((p) => (
          <TermsPrompt key={p.merchantId} prompt={p} m={m} />
        ))}
        {search.error === "not_found" && bad(m.cards.deleteNotFound)}
        {search.error === "schedule_not_found" && bad(m.cards.stopNotFound)}
        {search.error === "not_offered" && bad(m.addCard.notOffered)}
        {offers.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-3">
            {offers.map((o) => (
              <li key={o.merchantId}>
                <Link href={`/account/cards/add?merchant=${o.merchantId}`} className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
                  {fill(m.cards.add, { merchant: o.merchant })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <CardList cards={cards} schedules={schedules} relinkable={offers.map((o) => o.merchantId)} m={m} locale={locale} />
      </main>
    </>
  );
}
