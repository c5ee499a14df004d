// The merchant's brand as shoppers see it (checkout header, receipts, emails): name, address, logo.
import { z } from "zod";
import type { Db } from "../db/client";

// A logo is fetched by the shopper's browser, so only https images from the merchant's own host.
const LogoUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), "must be an https:// URL")
  .refine((v) => v === "" || URL.canParse(v), "must be an https:// URL");

export const BrandSchema = z.object({
  name: z.string().trim().min(1).max(100),
  address: z.string().trim().min(1).max(300),
  logoUrl: LogoUrlSchema,
});
export type BrandInput = z.infer<typeof BrandSchema>;

export async function saveBrand(db: Db, merchantId: string, input: BrandInput): Promise<void> {
  await db.merchant.update({
    where: { id: merchantId },
    data: { name: input.name, address: input.address, logoUrl: input.logoUrl === "" ? null : input.logoUrl },
  });
}
