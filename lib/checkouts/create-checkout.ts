// Creating a checkout for a merchant: the amount must be payable through at least one of the
// merchant's providers, and the return URL must be on the merchant's allow-list.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { providersAccepting } from "../payments/limits";
import { ProviderIdSchema, type ProviderId } from "../payments/providers";
import type { CreateCheckoutInput } from "./schemas";

export const CHECKOUT_LIFETIME_MS = 60 * 60 * 1000;

export type MerchantForCheckout = { id: string; returnUrlOrigins: string[]; enabledProviders: string[] };

/** The merchant's chosen providers that this installation can reach (all, when not given). */
export function enabledProvidersOf(merchant: { enabledProviders: string[] }, available?: readonly ProviderId[]) {
  return merchant.enabledProviders.flatMap((p) => {
    const parsed = ProviderIdSchema.safeParse(p);
    return parsed.success && (!available || available.includes(parsed.data)) ? [parsed.data] : [];
  });
}

export async function createCheckout(db: Db, merchant: MerchantForCheckout, input: CreateCheckoutInput, now = new Date(), available?: readonly ProviderId[]) {
  const origin = new URL(input.returnUrl).origin;
  if (!merchant.returnUrlOrigins.includes(origin)) {
    throw new AppError("invalid_request", "returnUrl is not on the merchant's allow-list", [
      { field: "returnUrl", message: `origin ${origin} is not allowed` },
    ]);
  }
  if (providersAccepting(enabledProvidersOf(merchant, available), input.amount, input.currency).length === 0) {
    throw new AppError("amount_out_of_range", "no enabled provider accepts this amount", [
      { field: "amount", message: "is outside every enabled provider's limits" },
    ]);
  }
  return db.checkout.create({
    data: {
      id: newId("chk"),
      merchantId: merchant.id,
      amount: input.amount,
      currency: input.currency,
      description: input.description,
      merchantReference: input.merchantReference,
      customerEmail: input.customerEmail ?? null,
      shopperName: input.shopperName ?? null,
      returnUrl: input.returnUrl,
      ...(input.items ? { items: input.items } : {}),
      status: "OPEN",
      expiresAt: new Date(now.getTime() + CHECKOUT_LIFETIME_MS),
    },
  });
}
