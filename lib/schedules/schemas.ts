// What a merchant sends to charge a linked card, once or on a schedule: the API's body, and what
// the dashboard's form becomes once its euros are cents. One schema for both.
import { z } from "zod";
import { AmountSchema } from "../payments/money";

export const MIN_INSTALMENTS = 2;
export const MAX_INSTALMENTS = 60;

export const ScheduleSpecSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("monthly") }),
    z.strictObject({
      type: z.literal("instalments"),
      count: z
        .number({ error: "must be a whole number" })
        .int("must be a whole number")
        .min(MIN_INSTALMENTS, `must be at least ${MIN_INSTALMENTS}`)
        .max(MAX_INSTALMENTS, `must be at most ${MAX_INSTALMENTS}`),
    }),
  ],
  { error: 'must be { "type": "monthly" } or { "type": "instalments", "count": 2..60 }' },
);
export type ScheduleSpec = z.infer<typeof ScheduleSpecSchema>;

export const CardChargeSchema = z.strictObject({
  amount: AmountSchema,
  currency: z.literal("EUR", { error: "only EUR is supported" }),
  description: z.string().trim().min(1, "is required").max(255, "must be at most 255 characters"),
  // Each scheduled charge's order reference is this and its number ("-60"): it stays within 100.
  reference: z.string().trim().min(1, "is required").max(90, "must be at most 90 characters"),
  schedule: ScheduleSpecSchema.optional(),
});
export type CardChargeInput = z.infer<typeof CardChargeSchema>;
