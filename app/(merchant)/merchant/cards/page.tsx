// Back office (staff only): the merchant's saved cards, their schedules, and charging them.
import type { Metadata } from "next";
import Link from "next/link";
import { ChargeCardForm } from "@/components/merchant/charge-card-form";
import { CardSchedules } from "@/components/merchant/card-schedules";
import { requireStaff } from "@/lib/access/pages";
import { isUsable } from "@/lib/cards/card-state";
import { merchantCards } from "@/lib/cards/merchant-cards";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { newFormNonce } from "@/lib/schedules/form-charge";
import { schedulesOfCards } from "@/lib/schedules/merchant-schedules";
import { formatDate } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Saved cards" };

export default async function MerchantCardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaff();
  const prisma = await db();
  const [{ locale, m }, { cards }, query] = await Promise.all([getI18n(), merchantCards(prisma, user.merchantId, { limit: 100 }), searchParams]);
  const schedules = await schedulesOfCards(prisma, user.merchantId, cards.map((c) => c.id));
  const t = m.merchantCards;
  const day = (d: Date) => formatDate(d, locale);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-1">
        <Link href="/merchant" className="text-brand underline">
          {t.back}
        </Link>
      </p>
      <p className="mt-4 text-stone-700">{t.intro}</p>
      {query.stopped === "1" && (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3">
          {t.stopped}
        </p>
      )}
      {query.error === "not_found" && (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3">
          {t.notFound}
        </p>
      )}
      {cards.length === 0 && <p className="mt-6">{t.none}</p>}
      <ul className="mt-6 flex flex-col gap-6">
        {cards.map((c) => (
          <li key={c.id} className="rounded border border-stone-200 bg-white p-4" data-testid="merchant-card">
            <h2 className="text-lg font-semibold break-all">{c.maskedNumber ?? m.cards.noNumber}</h2>
            <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t.status}</dt>
              <dd data-testid="merchant-card-state">{m.cards.state[c.state]}</dd>
              <dt className="font-medium">{t.cardholder}</dt>
              <dd className="break-all">{c.cardholderEmail}</dd>
              <dt className="font-medium">{t.expiry}</dt>
              <dd>{c.expiry ?? m.cards.unknown}</dd>
              <dt className="font-medium">{t.linkedAt}</dt>
              <dd>{day(c.linkedAt)}</dd>
              <dt className="font-medium">{t.lastUsedAt}</dt>
              <dd>{day(c.lastUsedAt)}</dd>
            </dl>
            <CardSchedules m={t} locale={locale} schedules={schedules.filter((s) => s.cardId === c.id)} />
            {isUsable(c.state) ? <ChargeCardForm m={t} cardId={c.id} nonce={newFormNonce()} /> : <p className="mt-3">{t.notChargeable}</p>}
          </li>
        ))}
      </ul>
    </main>
  );
}
