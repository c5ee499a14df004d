// A checkout's order lines, as the merchant sent them: what was bought, how many, at what unit
// price (integer cents). Optional; when given they must add up to the checkout's amount, so the
// shopper never sees lines that disagree with what they pay.
import { z } from "zod";

export const MAX_ITEMS = 100;

export const CheckoutItemSchema = z.strictObject({
  name: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  quantity: z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(9999, "must be at most 9999"),
  unitAmount: z.number({ error: "must be an integer number of cents" }).int("must be an integer number of cents").min(0, "must not be negative").max(99_999_999, "must be at most 99999999 cents"),
});
export type CheckoutItem = z.infer<typeof CheckoutItemSchema>;

export const CheckoutItemsSchema = z
  .array(CheckoutItemSchema)
  .min(1, "must hold at least one item when given")
  .max(MAX_ITEMS, `must hold at most ${MAX_ITEMS} items`);

export function lineTotal(item: CheckoutItem): number {
  return item.quantity * item.unitAmount;
}

export function itemsTotal(items: readonly CheckoutItem[]): number {
  return items.reduce((sum, i) => sum + lineTotal(i), 0);
}

/** The lines stored on a checkout (a JSON column), or null when the merchant sent none. */
export function storedItems(value: unknown): CheckoutItem[] | null {
  const parsed = CheckoutItemsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
