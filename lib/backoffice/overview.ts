// The back office's overview of today or the last 7 days, for one merchant: amounts by provider
// and by state, the totals, and for the week the amounts per day. A payment counts in the
// Brussels day it was created, as the payments list's date filter counts it, so the overview
// and the list of the same days agree. The database adds up (GROUP BY provider, status, one
// query a day); the days and the grouping of states are decided here, in pieces tested alone.
import { z } from "zod";
import type { Db } from "../db/client";
import type { FieldError } from "../errors";
import { PROVIDER_IDS } from "../payments/providers";
import { PaymentStatusSchema, type PaymentStatus } from "../payments/states";
import { addDays, brusselsDayEnd, brusselsDayOf, brusselsDayStart } from "./brussels-day";

export const PERIODS = ["today", "week"] as const;
export type Period = (typeof PERIODS)[number];
const PERIOD_DAYS: Record<Period, number> = { today: 1, week: 7 };

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
export const OverviewQuerySchema = z.object({
  period: z.preprocess(blankToUndefined, z.enum(PERIODS, { error: "today or week" }).default("today")),
});

/** Reads `period` from the URL (the first value); no period is today. */
export function parseOverviewQuery(params: Record<string, string | string[] | undefined>): { ok: true; period: Period } | { ok: false; errors: FieldError[] } {
  const raw = Array.isArray(params.period) ? params.period[0] : params.period;
  const parsed = OverviewQuerySchema.safeParse({ period: raw });
  if (parsed.success) return { ok: true, period: parsed.data.period };
  return { ok: false, errors: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "period"), message: i.message })) };
}

/** The states as staff read a chart: money in, money that may still come, money that will not. */
export const STATE_GROUPS = ["paid", "open", "unsuccessful"] as const;
export type StateGroup = (typeof STATE_GROUPS)[number];
const GROUP_OF: Record<PaymentStatus, StateGroup> = {
  PAID: "paid",
  CREATED: "open",
  PENDING: "open",
  IDENTIFIED: "open",
  AUTHORIZED: "open",
  FAILED: "unsuccessful",
  CANCELLED: "unsuccessful",
  EXPIRED: "unsuccessful",
  // Paid, then voided by the provider: the money did not stay.
  REVERSED: "unsuccessful",
};

/** The group of a stored state; a state this version does not know is counted as still open. */
export function stateGroup(status: string): StateGroup {
  const known = PaymentStatusSchema.safeParse(status);
  return known.success ? GROUP_OF[known.data] : "open";
}

/** The Brussels days of the period, oldest first, ending with the day `now` falls in. */
export function periodDays(period: Period, now: Date): string[] {
  const today = brusselsDayOf(now);
  const n = PERIOD_DAYS[period];
  return Array.from({ length: n }, (_, i) => addDays(today, i - n + 1));
}

export type Amounts = Record<StateGroup, number>;
/** One line of the database's answer: a day's payments of one provider in one state. */
export type GroupRow = { day: string; provider: string; status: string; count: number; amount: number };

export type Overview = {
  period: Period;
  days: string[];
  totals: { paid: number; payments: number; refunded: number };
  /** Providers with a payment in the period, in the providers' usual order. */
  byProvider: { provider: string; amounts: Amounts }[];
  /** Every day of the period, those without payments included. */
  byDay: { day: string; amounts: Amounts }[];
};

const zero = (): Amounts => ({ paid: 0, open: 0, unsuccessful: 0 });
export const totalOf = (a: Amounts): number => a.paid + a.open + a.unsuccessful;

/** The overview from the grouped rows (cents throughout) and the refunds of the period. */
export function summarize(period: Period, days: string[], rows: GroupRow[], refunded: number): Overview {
  const byProvider = new Map<string, Amounts>();
  const byDay = new Map(days.map((d) => [d, zero()]));
  let payments = 0;
  for (const r of rows) {
    const group = stateGroup(r.status);
    const provider = byProvider.get(r.provider) ?? zero();
    provider[group] += r.amount;
    byProvider.set(r.provider, provider);
    const day = byDay.get(r.day);
    if (day) day[group] += r.amount;
    payments += r.count;
  }
  const rank = (p: string) => {
    const i = (PROVIDER_IDS as readonly string[]).indexOf(p);
    return i === -1 ? PROVIDER_IDS.length : i;
  };
  const providers = [...byProvider.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const dayList = days.map((day) => ({ day, amounts: byDay.get(day) ?? zero() }));
  return {
    period,
    days,
    totals: { paid: dayList.reduce((s, d) => s + d.amounts.paid, 0), payments, refunded },
    byProvider: providers.map((provider) => ({ provider, amounts: byProvider.get(provider) ?? zero() })),
    byDay: dayList,
  };
}

/** The overview of `merchantId`'s payments only, for the period ending today (Brussels). */
export async function loadOverview(db: Db, merchantId: string, period: Period, now = new Date()): Promise<Overview> {
  const days = periodDays(period, now);
  // One GROUP BY a day, each a range of the (merchantId, createdAt) index; the day's bounds come
  // from brusselsDayStart, so a summer-time night's 23 or 25 hours are counted right.
  const perDay = await Promise.all(
    days.map(async (day) => {
      const groups = await db.payment.groupBy({
        by: ["provider", "status"],
        where: { merchantId, createdAt: { gte: brusselsDayStart(day), lt: brusselsDayEnd(day) } },
        _count: { _all: true },
        _sum: { amount: true },
      });
      return groups.map((g) => ({ day, provider: g.provider, status: g.status, count: g._count._all, amount: g._sum.amount ?? 0 }));
    }),
  );
  // Money given back in the period, whichever day its payment was made.
  const refunds = await db.refund.aggregate({
    where: { merchantId, status: "SUCCEEDED", createdAt: { gte: brusselsDayStart(days[0]!), lt: brusselsDayEnd(days.at(-1)!) } },
    _sum: { amount: true },
  });
  return summarize(period, days, perDay.flat(), refunds._sum.amount ?? 0);
}
