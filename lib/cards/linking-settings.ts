// How a merchant links cards from the cards page, as staff set it: which provider links
// (Merchant.linkingProvider; none chosen = the first enabled one that can) and the verification
// payment a cardholder makes to add a card (Merchant.verificationAmount, integer cents).
import { z } from "zod";
import type { Db } from "../db/client";
import { parseDecimalToCents } from "../payments/money";
import { checkPaymentLimits } from "../payments/limits";
import { ProviderIdSchema, type ProviderId } from "../payments/providers";
import { checkLinkAndPay, merchantWipMax } from "../payments/wip";
import { canLinkCards, LINKING_PROVIDERS } from "./linking-providers";

export type LinkingField = "linkingProvider" | "verificationAmount";
/** Why a setting is refused, one code per rule; the form names the field. */
export type LinkingSettingsError =
  | { field: "linkingProvider"; code: "not_linking" | "not_enabled" | "none_enabled" }
  | { field: "verificationAmount"; code: "not_amount" | "out_of_limits" | "above_wip_max"; max?: number };

/** The form: a provider id or "auto", and euros ("0.01", "1,00") → cents, never through floats. */
export const LinkingFormSchema = z.object({
  linkingProvider: z.union([z.literal("auto").transform(() => null), z.enum(LINKING_PROVIDERS)], { error: "must be auto or a provider that can link cards" }),
  verificationAmount: z.string().transform((text, ctx) => {
    const cents = parseDecimalToCents(text);
    if (cents === null || cents < 1) {
      ctx.addIssue({ code: "custom", message: "must be an amount in euros of at least 0.01" });
      return z.NEVER;
    }
    return cents;
  }),
});
export type LinkingSettings = { linkingProvider: ProviderId | null; verificationAmount: number };

type MerchantFacts = { enabledProviders: string[]; linkingProvider: string | null; wipMaxAmount: number | null };

/** The merchant's enabled providers (reachable on this install) that can link cards, in its order. */
export function linkingCandidates(merchant: Pick<MerchantFacts, "enabledProviders">, available: readonly ProviderId[]): ProviderId[] {
  return merchant.enabledProviders.flatMap((p) => {
    const id = ProviderIdSchema.safeParse(p);
    return id.success && canLinkCards(id.data) && available.includes(id.data) ? [id.data] : [];
  });
}

/** The provider that links this merchant's cards: the chosen one while enabled, else the first that can; null: none. */
export function linkingProviderOf(merchant: MerchantFacts, available: readonly ProviderId[]): ProviderId | null {
  const candidates = linkingCandidates(merchant, available);
  const chosen = candidates.find((p) => p === merchant.linkingProvider);
  return chosen ?? candidates[0] ?? null;
}

/**
 * Whether the settings can be used: the chosen provider is enabled and can link, and the
 * verification payment is within that provider's limits and, on PPRO agreements (whose agreement
 * bounds its initial charge), at most the merchant's WIP maximum.
 */
export function checkLinkingSettings(settings: LinkingSettings, merchant: MerchantFacts, available: readonly ProviderId[]): LinkingSettingsError[] {
  const candidates = linkingCandidates(merchant, available);
  if (settings.linkingProvider && !canLinkCards(settings.linkingProvider)) return [{ field: "linkingProvider", code: "not_linking" }];
  if (settings.linkingProvider && !candidates.includes(settings.linkingProvider)) return [{ field: "linkingProvider", code: "not_enabled" }];
  const provider = settings.linkingProvider ?? candidates[0];
  if (!provider) return [{ field: "linkingProvider", code: "none_enabled" }];
  if (checkPaymentLimits(provider, settings.verificationAmount, "EUR")) return [{ field: "verificationAmount", code: "out_of_limits" }];
  const max = merchantWipMax(merchant);
  if (checkLinkAndPay(provider, settings.verificationAmount, max)) return [{ field: "verificationAmount", code: "above_wip_max", max }];
  return [];
}

export async function saveLinkingSettings(db: Db, merchantId: string, settings: LinkingSettings): Promise<void> {
  await db.merchant.update({ where: { id: merchantId }, data: { linkingProvider: settings.linkingProvider, verificationAmount: settings.verificationAmount } });
}
