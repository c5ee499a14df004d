// The merchant's WIP Maximum Merchant Amount as staff set it in the dashboard: euros typed in
// the form, integer cents stored, never above the scheme's maximum.
import { z } from "zod";
import type { Db } from "../db/client";
import { parseDecimalToCents } from "../payments/money";
import { WipMaxAmountSchema } from "../payments/wip";

/** The form's field: "250" or "250,00" EUR → 25000 cents, then the domain's range. */
export const WipMaxFormSchema = z.object({
  wipMaxAmount: z
    .string()
    .transform((text, ctx) => {
      const cents = parseDecimalToCents(text);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "must be an amount in euros, such as 250.00" });
        return z.NEVER;
      }
      return cents;
    })
    .pipe(WipMaxAmountSchema),
});

export async function saveWipMax(db: Db, merchantId: string, cents: number): Promise<void> {
  await db.merchant.update({ where: { id: merchantId }, data: { wipMaxAmount: WipMaxAmountSchema.parse(cents) } });
}
