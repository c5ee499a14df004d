// "What the merchant may do" with one card: one-click payments while the card is usable, and each
// schedule charging it, with a two-step "Stop future payments" that says what stops.
import { stopScheduleAction } from "@/app/(account)/account/cards/actions";
import { isUsable } from "@/lib/cards/card-state";
import type { OwnedCard } from "@/lib/cards/owned-cards";
import { fill, formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";
import { formatMoney } from "@/lib/payments/money";
import type { CardSchedule } from "@/lib/schedules/card-schedules";

export function scheduleLine(s: CardSchedule, m: Messages, locale: Locale): string {
  const amount = formatMoney(s.amount, "EUR", locale);
  return s.kind === "instalments" ? fill(m.cards.instalments, { amount, made: s.chargesMade, total: s.instalments ?? "?" }) : fill(m.cards.monthly, { amount });
}

export function CardPermissions({ card, schedules, m, locale }: { card: OwnedCard; schedules: CardSchedule[]; m: Messages; locale: Locale }) {
  const usable = isUsable(card.state);
  // A plain block, not a labelled region: every card has one, and landmarks must be unique.
  return (
    <div className="mt-3 rounded bg-stone-50 p-3 text-sm" data-testid="card-permissions">
      <h3 className="font-semibold">
        {fill(m.cards.mayDo, { merchant: card.merchant })}
      </h3>
      <p className="mt-1">{usable ? fill(m.cards.oneClick, { merchant: card.merchant }) : m.cards.nothingAllowed}</p>
      {schedules.length === 0 ? (
        <p className="mt-1">{m.cards.noSchedules}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2" aria-label={m.cards.schedulesHeading}>
          {schedules.map((s) => (
            <li key={s.id} className="rounded border border-stone-200 bg-white p-2" data-testid="card-schedule">
              <p className="font-medium">{s.description}</p>
              <p>{scheduleLine(s, m, locale)}</p>
              {s.nextChargeAt && <p>{fill(m.cards.nextCharge, { date: formatDate(s.nextChargeAt, locale) })}</p>}
              <details className="mt-1">
                <summary className="cursor-pointer text-red-800 underline">{m.cards.stop}</summary>
                <form action={stopScheduleAction} className="mt-2 flex flex-col gap-2 rounded border border-red-200 bg-red-50 p-3">
                  <p className="text-red-950">{fill(m.cards.stopConfirm, { description: s.description, merchant: card.merchant, amount: formatMoney(s.amount, "EUR", locale) })}</p>
                  <input type="hidden" name="scheduleId" value={s.id} />
                  <button type="submit" className="self-start rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
                    {m.cards.stopYes}
                  </button>
                </form>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
