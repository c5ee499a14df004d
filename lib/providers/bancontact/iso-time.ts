// Parser for the ISO-8601 timestamps Payconiq puts in the "https://payconiq.com/iat" JWS header,
// e.g. "2026-11-21T12:00:00.123Z". Only the UTC form with a literal "Z" is accepted (no offsets, no
// lowercase, no leap seconds); zero to nine fractional digits, anything past milliseconds truncated.

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

/** Parses the ISO form of https://payconiq.com/iat; null when malformed. Fractions beyond ms are truncated. */
export function parsePayconiqTime(value: string): Date | null {
  if (typeof value !== "string") return null;
  const m = ISO_UTC.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const millis = Number((m[7] ?? "").slice(0, 3).padEnd(3, "0"));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as they are
  date.setUTCHours(hour, minute, second, millis);
  // Day overflow (e.g. 02-30) rolls into the next month: reject instead.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}
