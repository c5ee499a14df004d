// How a merchant links cards from the cards page, as staff set it: the provider that links is the
// first of the merchant's linking route (Merchant.linkingRoute, lib/routing), and the verification
// payment a cardholder makes to add a card (Merchant.verificationAmount, integer cents).
import { z } from "zod";
import type { Db } from "../db/client";
import { parseDecimalToCents } from "../payments/money";
import { checkPaymentLimits } from "../payments/limits";
import type { ProviderId } from "../payments/providers";
import { checkLinkAndPay, merchantWipMax } from "../payments/wip";
import { linkingRoute } from "../routing/route";

export type LinkingField = "linkingProvider" | "verificationAmount";
/** Why a setting is refused, one code per rule; the form names the field. */
export type LinkingSettingsError =
  | { field: "linkingProvider"; code: "none_enabled" }
  | { field: "verificationAmount"; code: "not_amount" | "out_of_limits" | "above_wip_max"; max?: number };

/** The form: euros ("0.01", "1,00") → cents, never through floats. */
export const LinkingFormSchema = z.object({
  verificationAmount: z.string().transform((text, ctx) => {
    const cents = parseDecimalToCents(text);
    if (cents === null || cents < 1) {
      ctx.addIssue({ code: "custom", message: "must be an amount in euros of at least 0.01" });
      return z.NEVER;
    }
    return cents;
  }),
});
export type LinkingSettings = { verificationAmount: number };

type MerchantFacts = { linkingRoute: string[]; wipMaxAmount: number | null };

/** The provider that links this merchant's cards: the first of its linking route this install reaches; null: none. */
export function linkingProviderOf(merchant: MerchantFacts, available: readonly ProviderId[]): ProviderId | null {
  return linkingRoute(merchant, available)[0] ?? null;
}

/**
 * Whether the settings can be used: a provider links cards, and the verification payment is
 * within its limits and, on PPRO agreements (whose agreement bounds its initial charge), at most
 * the merchant's WIP maximum.
 */
export function checkLinkingSettings(settings: LinkingSettings, merchant: MerchantFacts, available: readonly ProviderId[]): LinkingSettingsError[] {
  const provider = linkingProviderOf(merchant, available);
  if (!provider) return [{ field: "linkingProvider", code: "none_enabled" }];
  if (checkPaymentLimits(provider, settings.verificationAmount, "EUR")) return [{ field: "verificationAmount", code: "out_of_limits" }];
  const max = merchantWipMax(merchant);
  if (checkLinkAndPay(provider, settings.verificationAmount, max)) return [{ field: "verificationAmount", code: "above_wip_max", max }];
  return [];
}

export async function saveLinkingSettings(db: Db, merchantId: string, settings: LinkingSettings): Promise<void> {
  await db.merchant.update({ where: { id: merchantId }, data: { verificationAmount: settings.verificationAmount } });
}
