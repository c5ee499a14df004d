// The dashboard's "Charge this card" form: euros typed by staff become integer cents, the
// repeat choice becomes the API's schedule, then the same schema as the API (schemas.ts).
import { z } from "zod";
import { parseDecimalToCents } from "../payments/money";
import { CardChargeSchema, type CardChargeInput } from "./schemas";

const FormSchema = z.object({
  cardId: z.string().min(1).max(64),
  amount: z.string(),
  description: z.string(),
  reference: z.string(),
  repeat: z.enum(["once", "monthly", "instalments"]),
  count: z.string().optional(),
});

export type ChargeFormField = "amount" | "description" | "reference" | "count";

export function parseChargeForm(form: FormData): { ok: true; cardId: string; input: CardChargeInput } | { ok: false; fields: ChargeFormField[] } {
  const raw = FormSchema.safeParse({
    cardId: form.get("cardId") ?? "",
    amount: form.get("amount") ?? "",
    description: form.get("description") ?? "",
    reference: form.get("reference") ?? "",
    repeat: form.get("repeat") ?? "once",
    count: form.get("count") ?? undefined,
  });
  if (!raw.success) return { ok: false, fields: ["amount", "description", "reference"] };
  const f = raw.data;
  const count = f.count && /^\s*\d{1,3}\s*$/.test(f.count) ? Number(f.count) : Number.NaN;
  const schedule = f.repeat === "monthly" ? { type: "monthly" as const } : f.repeat === "instalments" ? { type: "instalments" as const, count } : undefined;
  const parsed = CardChargeSchema.safeParse({ amount: parseDecimalToCents(f.amount) ?? Number.NaN, currency: "EUR", description: f.description, reference: f.reference, ...(schedule ? { schedule } : {}) });
  if (!parsed.success) {
    const fields = new Set<ChargeFormField>();
    for (const issue of parsed.error.issues) {
      const top = issue.path[0];
      if (top === "amount" || top === "description" || top === "reference") fields.add(top);
      if (top === "schedule") fields.add("count");
    }
    return { ok: false, fields: [...fields] };
  }
  return { ok: true, cardId: f.cardId, input: parsed.data };
}
