// Which provider client serves which provider id, built from the configuration.
import "server-only";
import { env } from "../env";
import type { ProviderId } from "../payments/providers";
import { createBancontactProvider } from "./bancontact/client";
import { createPproProvider } from "./ppro/client";
import { createPproLegacyProvider } from "./ppro-legacy/client";
import { createWooshpayProvider } from "./wooshpay/client";
import { createWorldpayProvider } from "./worldpay/client";
import type { PaymentProvider } from "./types";

let cache: Partial<Record<ProviderId, PaymentProvider>> | undefined;

/** The configured providers this build can talk to. */
export function availableProviders(): Partial<Record<ProviderId, PaymentProvider>> {
  if (cache) return cache;
  const e = env();
  const all: Partial<Record<ProviderId, () => PaymentProvider>> = {
    wooshpay: () => createWooshpayProvider(e.wooshpay),
    bancontact: () => createBancontactProvider({ ...e.bancontact, callbackUrl: `${e.appUrl}/api/webhooks/bancontact` }),
    worldpay: () => createWorldpayProvider({ ...e.worldpay, webhookUrl: `${e.appUrl}/api/webhooks/worldpay` }),
    ppro: () => createPproProvider({ ...e.ppro, webhookUrl: `${e.appUrl}/api/webhooks/ppro` }),
    "ppro-legacy": () => createPproLegacyProvider({ ...e.pproLegacy, notificationUrl: `${e.appUrl}/api/webhooks/ppro-legacy` }),
  };
  cache = Object.fromEntries(e.configuredProviders.flatMap((id) => (all[id] ? [[id, all[id]()]] : [])));
  return cache;
}

export function availableProviderIds(): ProviderId[] {
  return Object.keys(availableProviders()) as ProviderId[];
}

export function getProvider(id: ProviderId): PaymentProvider | undefined {
  return availableProviders()[id];
}
