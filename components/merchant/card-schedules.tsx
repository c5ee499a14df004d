// The schedules on one saved card, as staff see them: next date, charges made, status, the last
// refusal in words, and "Stop" for an active one.
import { stopScheduleAction } from "@/app/(merchant)/merchant/cards/actions";
import type { WipSchedule } from "@/lib/db/generated/client";
import { fill, formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";
import { formatMoney } from "@/lib/payments/money";
import { parseRefusal } from "@/lib/schedules/views";

type M = Messages["merchantCards"];

export function CardSchedules({ m, locale, schedules }: { m: M; locale: Locale; schedules: WipSchedule[] }) {
  const date = (d: Date | null) => (d ? formatDate(d, locale) : "—");
  return (
    <section className="mt-3">
      <h3 className="font-semibold">{m.schedules}</h3>
      {schedules.length === 0 && <p>{m.noSchedules}</p>}
      <ul className="mt-1 flex flex-col gap-2">
        {schedules.map((s) => {
          const refusal = parseRefusal(s.lastRefusal);
          const status = m.scheduleStatus[s.status as keyof M["scheduleStatus"]] ?? s.status;
          const by = s.stoppedBy ? m.stoppedBy[s.stoppedBy as keyof M["stoppedBy"]] : null;
          return (
            <li key={s.id} className="rounded border border-stone-200 p-2" data-testid="merchant-schedule">
              <p className="font-medium">
                {s.description} · {formatMoney(s.amount, "EUR", locale)} · {s.kind === "instalments" ? fill(m.scheduleInstalments, { count: s.instalments ?? 0 }) : m.scheduleMonthly} · {s.reference}
              </p>
              <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-[max-content_1fr]">
                <dt>{m.nextCharge}</dt>
                <dd data-testid="schedule-next">{date(s.nextChargeAt)}</dd>
                <dt>{m.chargesMade}</dt>
                <dd data-testid="schedule-charges">{s.kind === "instalments" ? `${s.chargesMade} / ${s.instalments ?? 0}` : s.chargesMade}</dd>
                <dt>{m.status}</dt>
                <dd data-testid="schedule-status">{by ? `${status} (${by})` : status}</dd>
                <dt>{m.lastRefusal}</dt>
                <dd data-testid="schedule-refusal">{refusal ? (m.reasons[refusal.reason as keyof M["reasons"]] ?? m.reasons.other) : m.none_}</dd>
              </dl>
              {s.status === "ACTIVE" && (
                <form action={stopScheduleAction} className="mt-1">
                  <input type="hidden" name="scheduleId" value={s.id} />
                  <button type="submit" className="rounded border border-stone-500 px-3 py-1">
                    {m.stop}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
