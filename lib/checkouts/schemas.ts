// The merchant API's checkout body. The same schema serves the API route and the demo shop.
import { z } from "zod";
import { AmountSchema, CurrencySchema } from "../payments/money";
import { ShopperNameSchema } from "../shopper/name";
import { CheckoutItemsSchema, itemsTotal } from "./items";

export const CreateCheckoutSchema = z
  .strictObject({
    amount: AmountSchema,
    currency: CurrencySchema,
    description: z.string().trim().min(1, "is required").max(255, "must be at most 255 characters"),
    merchantReference: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
    customerEmail: z.email("must be an email address").max(254).optional(),
    /** The shopper's full name when the merchant knows it: prefilled on the checkout page. */
    shopperName: ShopperNameSchema.optional(),
    returnUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2048),
    /** The order lines (lib/checkouts/items.ts), shown to the shopper and on the receipt. */
    items: CheckoutItemsSchema.optional(),
  })
  .refine((c) => !c.items || itemsTotal(c.items) === c.amount, { path: ["items"], message: "must add up to amount (quantity × unitAmount)" });
export type CreateCheckoutInput = z.infer<typeof CreateCheckoutSchema>;
