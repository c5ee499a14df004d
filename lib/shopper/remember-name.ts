// Keeping the name the shopper typed on the checkout page: on the checkout (so a retry needs no
// retyping) and, for a signed-in cardholder, on their account (prefilled on their next checkout).
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { ProviderId } from "../payments/providers";
import { needsShopperName, ShopperNameSchema } from "./name";

type Input = { checkoutId: string; provider: ProviderId; cardholderId: string | null; raw: FormDataEntryValue | null };

/**
 * Parses and stores the name field when the chosen provider needs it. A form without the field
 * (a retry) keeps the name already on the checkout; the payment start refuses when there is none.
 */
export async function rememberShopperName(db: Db, { checkoutId, provider, cardholderId, raw }: Input): Promise<void> {
  if (!needsShopperName(provider) || raw === null) return;
  const parsed = ShopperNameSchema.safeParse(raw);
  if (!parsed.success) {
    const blank = typeof raw !== "string" || raw.trim() === "";
    const message = blank ? "is required" : (parsed.error.issues[0]?.message ?? "is not valid");
    throw new AppError("invalid_request", `name ${message}`, [{ field: "name", message }]);
  }
  const name = parsed.data;
  await db.$transaction([
    db.checkout.update({ where: { id: checkoutId }, data: { shopperName: name } }),
    ...(cardholderId ? [db.cardholder.update({ where: { id: cardholderId }, data: { name } })] : []),
  ]);
}

/** What the checkout page prefills: the signed-in cardholder's name, else the one given before. */
export async function prefilledShopperName(db: Db, checkout: { shopperName: string | null }, cardholderId: string | null): Promise<string> {
  const cardholder = cardholderId ? await db.cardholder.findUnique({ where: { id: cardholderId }, select: { name: true } }) : null;
  return cardholder?.name ?? checkout.shopperName ?? "";
}
