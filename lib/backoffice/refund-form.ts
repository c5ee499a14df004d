// The back office's refund form: the payment, an amount in euros (empty: all that remains) and an
// optional reason, parsed at the boundary; and what staff are told before they submit.
import { z } from "zod";
import { parseDecimalToCents } from "../payments/money";
import { PROVIDER_LIMITS } from "../payments/limits";
import type { ProviderId } from "../payments/providers";

export type RefundFormField = "paymentId" | "amount" | "reason";

const RefundFormSchema = z.object({
  paymentId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
  amount: z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === "") return undefined;
      const cents = parseDecimalToCents(s);
      if (cents === null || cents < 1) {
        ctx.addIssue({ code: "custom", message: "an amount in euros, such as 12.50" });
        return z.NEVER;
      }
      return cents;
    }),
  reason: z.string().trim().max(255).transform((s) => (s === "" ? undefined : s)),
});

export function parseRefundForm(form: FormData): { ok: true; paymentId: string; amount?: number; reason?: string } | { ok: false; fields: RefundFormField[] } {
  const parsed = RefundFormSchema.safeParse({ paymentId: form.get("paymentId") ?? "", amount: form.get("amount") ?? "", reason: form.get("reason") ?? "" });
  if (!parsed.success) return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => i.path[0] as RefundFormField))] };
  return { ok: true, ...parsed.data };
}

/** The provider's refund rules, as the names of the sentences staff read before refunding. */
export type RefundRule = "none" | "full-only" | "one-refund" | "several" | "max-single" | "window";

export function refundRules(provider: ProviderId): { rules: RefundRule[]; maxSingleRefund: number | null; windowDays: number | null } {
  const r = PROVIDER_LIMITS[provider].refund;
  if (!r.refunds) return { rules: ["none"], maxSingleRefund: null, windowDays: null };
  const rules: RefundRule[] = [];
  if (!r.partial) rules.push("full-only");
  else rules.push(r.multiplePartial ? "several" : "one-refund");
  if (r.maxSingleRefund !== null) rules.push("max-single");
  if (r.windowDays !== null) rules.push("window");
  return { rules, maxSingleRefund: r.maxSingleRefund, windowDays: r.windowDays };
}
