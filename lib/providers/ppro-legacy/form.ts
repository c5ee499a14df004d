// PPRO's TRANSACTION API speaks application/x-www-form-urlencoded both ways (returnmode=urlencodeext):
// a flat list of name=value pairs, read here into a record and checked with a zod schema.
import type { z } from "zod";

export type FormParse<T> = { success: true; data: T } | { success: false; fields: string[]; message: string };

/**
 * Reads a url-encoded body into a record. Raw line breaks are dropped first: an encoded body cannot
 * contain one (it would be %0A), so they only come from a trailing newline or a wrapped listing.
 */
export function readForm(body: string): { record: Record<string, string>; duplicates: string[] } {
  const record: Record<string, string> = {};
  const duplicates: string[] = [];
  for (const [name, value] of new URLSearchParams(body.replace(/[\r\n]/g, ""))) {
    if (name in record) duplicates.push(name);
    else record[name] = value;
  }
  return { record, duplicates };
}

export function parseForm<S extends z.ZodType>(schema: S, body: string): FormParse<z.infer<S>> {
  const { record, duplicates } = readForm(body);
  // A name given twice is ambiguous (which one did the sender mean?): refused rather than guessed.
  if (duplicates.length > 0) return { success: false, fields: duplicates, message: `repeated field ${duplicates.join(", ")}` };
  const parsed = schema.safeParse(record);
  if (parsed.success) return { success: true, data: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join(".") || "(body)"))];
  const message = parsed.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`).join("; ");
  return { success: false, fields, message };
}

/** Encodes fields in the order given, leaving out the ones without a value. */
export function toForm(fields: Record<string, string | undefined>): string {
  const out = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) out.append(name, value);
  return out.toString();
}
