// When a schedule's charges fall due: monthly on the day of the month of the first charge (the
// schedule's anchor), moved to the month's last day when the month is shorter (31 January →
// 28 or 29 February → 31 March), at the anchor's time of day, in UTC. Instalments end after
// their count. Pure: the runner and the dashboard both ask here.

export type ScheduleKind = "monthly" | "instalments";

/** The anchor moved `months` months on, its day clamped to the last day of the target month. */
export function addMonthsClamped(anchor: Date, months: number): Date {
  const y = anchor.getUTCFullYear();
  const m = anchor.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(anchor.getUTCDate(), lastDay);
  return new Date(Date.UTC(y, m, day, anchor.getUTCHours(), anchor.getUTCMinutes(), anchor.getUTCSeconds(), anchor.getUTCMilliseconds()));
}

/** When charge number `n` (1 is the first, made at creation) is due. */
export function chargeDueAt(anchor: Date, n: number): Date {
  return addMonthsClamped(anchor, n - 1);
}

export type ScheduleTerms = { kind: ScheduleKind; instalments: number | null; anchor: Date };

export type AfterCharge = { chargesMade: number; nextChargeAt: Date | null; status: "ACTIVE" | "COMPLETED" };

/** The schedule once charge number `n` is made (claimed): the next date, or over after the last instalment. */
export function afterCharge(terms: ScheduleTerms, n: number): AfterCharge {
  if (terms.kind === "instalments" && n >= (terms.instalments ?? 0)) return { chargesMade: n, nextChargeAt: null, status: "COMPLETED" };
  return { chargesMade: n, nextChargeAt: chargeDueAt(terms.anchor, n + 1), status: "ACTIVE" };
}

/** Each charge of a schedule has its own order reference (the split-payment rule counts per order). */
export function chargeOrderReference(scheduleReference: string, n: number): string {
  return `${scheduleReference}-${n}`;
}
