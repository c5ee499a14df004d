// Staff think in Brussels days: a date filter "2026-03-29" means that day on the wall clock in
// Brussels, whatever the summer-time change does to its length.
const OFFSET = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Brussels", timeZoneName: "longOffset" });

/** Brussels' offset from UTC in minutes at an instant ("GMT+02:00" → 120). */
function offsetMinutes(at: Date): number {
  const name = OFFSET.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The instant a Brussels day (YYYY-MM-DD) starts. */
export function brusselsDayStart(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const guess = new Date(utcMidnight.getTime() - offsetMinutes(utcMidnight) * 60_000);
  return new Date(utcMidnight.getTime() - offsetMinutes(guess) * 60_000);
}

/** The instant the Brussels day after `day` starts (the exclusive end of `day`). */
export function brusselsDayEnd(day: string): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return brusselsDayStart(next.toISOString().slice(0, 10));
}

const DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

/** The Brussels day (YYYY-MM-DD) an instant falls in. */
export function brusselsDayOf(at: Date): string {
  const part = (type: string) => DAY.formatToParts(at).find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The day `n` calendar days after `day` (before, when n is negative). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
