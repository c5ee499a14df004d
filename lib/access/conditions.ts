// What the installation's configuration allows at all, as the policy reads it.
import { env, type AppEnv } from "../env";
import type { ProviderId } from "../payments/providers";
import type { Conditions } from "./policy";

type Installation = Pick<AppEnv, "sandboxesEnabled" | "devMailbox" | "demoData" | "configuredProviders" | "providerModes">;

export function conditionsOf(e: Installation): Conditions {
  const liveProviders = (Object.keys(e.providerModes) as ProviderId[]).filter((id) => e.providerModes[id] === "live");
  return { sandboxes: e.sandboxesEnabled, devMailbox: e.devMailbox, demoShop: e.demoData, configuredProviders: e.configuredProviders, liveProviders };
}

export function installation(): Conditions {
  return conditionsOf(env());
}
