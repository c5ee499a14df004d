// CSV as RFC 4180 writes it, safe to open in a spreadsheet: a text starting with = + - @ (or a
// tab or carriage return) would be read as a formula, so it gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers as they are; text defused, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, ended by CRLF. */
export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
