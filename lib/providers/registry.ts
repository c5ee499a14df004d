// Which provider client serves which provider id, built from the configuration.
import "server-only";
import { env } from "../env";
import type { ProviderId } from "../payments/providers";
import { createWooshpayProvider } from "./wooshpay/client";
import type { PaymentProvider } from "./types";

let cache: Partial<Record<ProviderId, PaymentProvider>> | undefined;

/** The providers this build can talk to. Others join as their folders land. */
export function availableProviders(): Partial<Record<ProviderId, PaymentProvider>> {
  cache ??= { wooshpay: createWooshpayProvider(env().wooshpay) };
  return cache;
}

export function getProvider(id: ProviderId): PaymentProvider | undefined {
  return availableProviders()[id];
}
