// Which provider client serves which provider id, built from the configuration.
import "server-only";
import { env } from "../env";
import type { ProviderId } from "../payments/providers";
import { createBancontactProvider } from "./bancontact/client";
import { createWooshpayProvider } from "./wooshpay/client";
import type { PaymentProvider } from "./types";

let cache: Partial<Record<ProviderId, PaymentProvider>> | undefined;

/** The providers this build can talk to. Others join as their folders land. */
export function availableProviders(): Partial<Record<ProviderId, PaymentProvider>> {
  const e = env();
  cache ??= {
    wooshpay: createWooshpayProvider(e.wooshpay),
    bancontact: createBancontactProvider({ ...e.bancontact, callbackUrl: `${e.appUrl}/api/webhooks/bancontact` }),
  };
  return cache;
}

export function getProvider(id: ProviderId): PaymentProvider | undefined {
  return availableProviders()[id];
}
