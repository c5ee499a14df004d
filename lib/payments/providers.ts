// The providers the product speaks to. Their names only: what each one does lives in its folder.
import { z } from "zod";

export const PROVIDER_IDS = ["wooshpay", "ppro", "ppro-legacy", "worldpay", "bancontact"] as const;
export const ProviderIdSchema = z.enum(PROVIDER_IDS);
export type ProviderId = z.infer<typeof ProviderIdSchema>;

export const PROVIDER_NAMES: Record<ProviderId, string> = {
  wooshpay: "WooshPay",
  ppro: "PPRO",
  "ppro-legacy": "PPRO (legacy)",
  worldpay: "Worldpay",
  bancontact: "Bancontact Payconiq",
};
