"use server";
// Back office: the merchant's name, address and logo as shoppers see them.
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { BrandSchema, saveBrand } from "@/lib/merchant/brand";

export type BrandState = { fieldErrors?: Partial<Record<"name" | "address" | "logoUrl", true>>; saved?: boolean } | undefined;

export async function saveBrandAction(_prev: BrandState, formData: FormData): Promise<BrandState> {
  const user = await requireStaff();
  const parsed = BrandSchema.safeParse({ name: formData.get("name") ?? "", address: formData.get("address") ?? "", logoUrl: formData.get("logoUrl") ?? "" });
  if (!parsed.success) {
    return { fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), true])) };
  }
  await saveBrand(await db(), user.merchantId, parsed.data);
  revalidatePath("/merchant/settings");
  return { saved: true };
}
