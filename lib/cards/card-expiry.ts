// A card's expiry as providers give it: `YYYY-MM` (what we store) or `YYMM` (SPECOUT.CARDEXPIRY
// may come either way). A card is valid through the last day of its expiry month.

export type CardExpiry = { year: number; month: number };

export function parseCardExpiry(value: string | null | undefined): CardExpiry | null {
  const v = value?.trim() ?? "";
  const long = /^(\d{4})-(\d{2})$/.exec(v);
  const short = /^(\d{2})(\d{2})$/.exec(v);
  const year = long ? Number(long[1]) : short ? 2000 + Number(short[1]) : NaN;
  const month = long ? Number(long[2]) : short ? Number(short[2]) : NaN;
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return { year, month };
}

/** `YYYY-MM`, the form we store and show. */
export function formatCardExpiry(e: CardExpiry): string {
  return `${e.year}-${String(e.month).padStart(2, "0")}`;
}

/** The first instant the card is no longer valid: the start of the month after its expiry month. */
export function cardExpiresAt(e: CardExpiry): Date {
  return new Date(Date.UTC(e.year, e.month, 1));
}
