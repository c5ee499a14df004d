// The merchant API's checkout body. The same schema serves the API route and the demo shop.
import { z } from "zod";
import { AmountSchema, CurrencySchema } from "../payments/money";
import { ShopperNameSchema } from "../shopper/name";

export const CreateCheckoutSchema = z.strictObject({
  amount: AmountSchema,
  currency: CurrencySchema,
  description: z.string().trim().min(1, "is required").max(255, "must be at most 255 characters"),
  merchantReference: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  customerEmail: z.email("must be an email address").max(254).optional(),
  /** The shopper's full name when the merchant knows it: prefilled on the checkout page. */
  shopperName: ShopperNameSchema.optional(),
  returnUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2048),
});
export type CreateCheckoutInput = z.infer<typeof CreateCheckoutSchema>;
