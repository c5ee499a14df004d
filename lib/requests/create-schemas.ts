// What a cardholder may send about a payment, parsed from the request forms: a refund (the whole
// remaining amount, or part of it in euros), a dispute (a reason from the list and a message), or
// stopping future payments (one schedule, or everything on the card). Each error names its field.
import { z } from "zod";
import { parseDecimalToCents } from "../payments/money";

export const DISPUTE_REASONS = ["not_received", "not_as_described", "not_authorised", "duplicate", "wrong_amount", "other"] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

const Reason = z.string({ error: "reason" }).trim().min(3, "reason").max(1000, "reason");

const RefundSchema = z
  .object({
    kind: z.literal("refund"),
    whole: z.enum(["whole", "part"], { error: "amount" }),
    amount: z.string().optional(),
    reason: Reason,
  })
  .transform((v, ctx) => {
    if (v.whole === "whole") return { kind: "refund" as const, amount: null, reason: v.reason };
    const cents = parseDecimalToCents(v.amount ?? "");
    if (cents === null || cents < 1) {
      ctx.addIssue({ code: "custom", message: "amount", path: ["amount"] });
      return z.NEVER;
    }
    return { kind: "refund" as const, amount: cents, reason: v.reason };
  });

const DisputeSchema = z.object({
  kind: z.literal("dispute"),
  reason: z.enum(DISPUTE_REASONS, { error: "reason" }),
  message: z.string({ error: "message" }).trim().min(3, "message").max(4000, "message"),
});

const StopSchema = z
  .object({
    kind: z.literal("stop"),
    target: z.string({ error: "target" }).regex(/^(card|schedule:sch_[a-z0-9_]{1,40})$/, "target"),
    reason: z.string().trim().max(1000, "reason").optional(),
  })
  .transform((v) => ({
    kind: "stop" as const,
    scheduleId: v.target === "card" ? null : v.target.slice("schedule:".length),
    reason: v.reason ?? "",
  }));

export const RequestFormSchema = z.union([RefundSchema, DisputeSchema, StopSchema], { error: "kind" });
export type RequestForm = z.infer<typeof RequestFormSchema>;

/** The first field the form got wrong: amount, reason, message, target or kind. */
export function firstBadField(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue?.code === "invalid_union") {
    // Of the union, the branch whose kind matched says what is wrong.
    for (const branch of issue.errors) {
      const own = branch.find((i) => i.path[0] !== "kind");
      if (own && !branch.some((i) => i.path[0] === "kind")) return String(own.message || own.path[0]);
    }
    return "kind";
  }
  return String(issue?.message || issue?.path[0] || "kind");
}
