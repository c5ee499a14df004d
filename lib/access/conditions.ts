// What the installation's configuration allows at all, as the policy reads it.
import { env } from "../env";
import type { Conditions } from "./policy";

export function installation(): Conditions {
  const e = env();
  return { sandboxes: e.sandboxesEnabled, devMailbox: e.devMailbox, demoShop: e.demoData, configuredProviders: e.configuredProviders };
}
