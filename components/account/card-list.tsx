// The cardholder's linked cards: masked number, expiry, dates (never the provider: staff only), a clear state, what the
// merchant may do with each, and the ways to replace or delete it.
import Link from "next/link";
import { deleteCardAction } from "@/app/(account)/account/cards/actions";
import { CardPermissions, scheduleLine } from "./card-permissions";
import type { CardSchedule } from "@/lib/schedules/card-schedules";
import { fill, formatDate, labelled } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";
import type { CardState } from "@/lib/cards/card-state";
import type { OwnedCard } from "@/lib/cards/owned-cards";

const TONE: Record<CardState, string> = {
  active: "bg-green-50 text-green-900",
  "card-expiring-soon": "bg-amber-50 text-amber-900",
  "link-expiring-soon": "bg-amber-50 text-amber-900",
  expired: "bg-red-50 text-red-900",
  deleted: "bg-stone-100 text-stone-900",
};

type Props = { cards: OwnedCard[]; schedules: CardSchedule[]; relinkable: readonly string[]; m: Messages; locale: Locale };

export function CardList({ cards, schedules, relinkable, m, locale }: Props) {
  if (cards.length === 0) return <p className="mt-4">{m.cards.none}</p>;
  const date = (d: Date) => formatDate(d, locale);
  return (
    <ul className="mt-4 flex flex-col gap-3">
      {cards.map((c) => {
        const own = schedules.filter((s) => s.cardId === c.id);
        return (
          <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="linked-card-item">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="font-mono text-base font-semibold break-all">{c.masked ?? m.cards.noNumber}</h2>
              <span className={`rounded px-2 py-1 text-sm ${TONE[c.state]}`} data-testid="card-state" data-state={c.state}>
                {m.cards.state[c.state]}
              </span>
            </div>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-stone-700">{m.cards.merchant}</dt>
              <dd>{c.merchant}</dd>
              <dt className="text-stone-700">{m.cards.expiry}</dt>
              <dd>{c.expiry ?? m.cards.unknown}</dd>
              <dt className="text-stone-700">{m.cards.linkedAt}</dt>
              <dd>{date(c.linkedAt)}</dd>
              <dt className="text-stone-700">{m.cards.lastUsedAt}</dt>
              <dd>{date(c.lastUsedAt)}</dd>
            </dl>
            {c.state === "expired" && <p className="mt-2 text-sm">{fill(m.cards.expiredHelp, { merchant: c.merchant })}</p>}
            {c.state !== "deleted" && <CardPermissions card={c} schedules={own} m={m} locale={locale} />}
            {c.state !== "deleted" && relinkable.includes(c.merchantId) && (
              <p className="mt-3">
                <Link href={`/account/cards/${c.id}/replace`} className="text-brand underline" aria-label={labelled(m.cards.replace, c.masked ?? m.cards.noNumber, locale)}>
                  {m.cards.replace}
                </Link>
              </p>
            )}
            {c.state !== "deleted" && (
              // Two steps, both by keyboard: open the confirmation, then confirm.
              <details className="mt-3">
                <summary className="cursor-pointer text-red-800 underline">{m.cards.delete}</summary>
                <form action={deleteCardAction} className="mt-2 flex flex-col gap-2 rounded border border-red-200 bg-red-50 p-3">
                  <p className="text-sm text-red-950">{fill(m.cards.deleteConfirm, { merchant: c.merchant })}</p>
                  {own.length > 0 && (
                    <>
                      <p className="text-sm text-red-950">{m.cards.deleteStops}</p>
                      <ul className="list-disc pl-5 text-sm text-red-950" data-testid="delete-stops">
                        {own.map((s) => (
                          <li key={s.id}>
                            {labelled(s.description, scheduleLine(s, m, locale), locale)}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <input type="hidden" name="cardId" value={c.id} />
                  <button type="submit" className="self-start rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
                    {m.cards.deleteYes}
                  </button>
                </form>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
