// The payments list's question, as staff put it in the URL (GET query): a search text, filters
// and a cursor. One schema serves the page and the CSV export; bad input names its field.
import { z } from "zod";
import type { FieldError } from "../errors";
import { parseDecimalToCents } from "../payments/money";
import { PROVIDER_IDS } from "../payments/providers";
import { PAYMENT_STATUSES } from "../payments/states";
import { CursorSchema, encodeCursor, type Cursor } from "./cursor";

export const INITIATIONS = ["checkout", "consumer", "merchant"] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const DaySchema = z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD").refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "a real date").optional());

export const PaymentQuerySchema = z
  .object({
    q: z.preprocess(blankToUndefined, z.string().trim().max(200, "at most 200 characters").optional()),
    provider: z.preprocess(blankToUndefined, z.enum(PROVIDER_IDS, { error: "one of the providers" }).optional()),
    state: z.preprocess(blankToUndefined, z.enum(PAYMENT_STATUSES, { error: "one of the payment states" }).optional()),
    initiation: z.preprocess(blankToUndefined, z.enum(INITIATIONS, { error: "checkout, consumer or merchant" }).optional()),
    from: DaySchema,
    to: DaySchema,
    after: z.preprocess(blankToUndefined, CursorSchema.optional()),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "on or after the start date" });

export type PaymentQuery = {
  q?: string;
  provider?: (typeof PROVIDER_IDS)[number];
  state?: (typeof PAYMENT_STATUSES)[number];
  initiation?: (typeof INITIATIONS)[number];
  from?: string;
  to?: string;
  after?: Cursor;
};

export type ParsedQuery = { ok: true; query: PaymentQuery } | { ok: false; errors: FieldError[] };

/** Reads the query from URL parameters (the first value of each); unknown parameters are ignored. */
export function parsePaymentQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): ParsedQuery {
  const get = (k: string) => {
    if (params instanceof URLSearchParams) return params.get(k) ?? undefined;
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const raw = Object.fromEntries(["q", "provider", "state", "initiation", "from", "to", "after"].map((k) => [k, get(k)]));
  const parsed = PaymentQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const errors = new Map<string, string>();
  for (const i of parsed.error.issues) {
    const field = String(i.path[0] ?? "query");
    if (!errors.has(field)) errors.set(field, i.message);
  }
  return { ok: false, errors: [...errors].map(([field, message]) => ({ field, message })) };
}

/** The search text read as an amount in euros ("12.50", "12,50", "12"), or null. */
export function searchedAmount(q: string): number | null {
  return parseDecimalToCents(q);
}

/** The query as URL parameters (without the cursor unless asked), for links and the export. */
export function queryParams(query: PaymentQuery, withCursor = false): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of ["q", "provider", "state", "initiation", "from", "to"] as const) {
    const v = query[k];
    if (v) p.set(k, v);
  }
  if (withCursor && query.after) p.set("after", encodeCursor(query.after));
  return p;
}

