// Which providers can link a card (Bancontact WIP "link and pay"): PPRO's payment agreements and
// its legacy TRANSACTION API. Each also takes one-off payments, which link nothing.
import type { ProviderId } from "../payments/providers";

export const LINKING_PROVIDERS = ["ppro", "ppro-legacy"] as const satisfies readonly ProviderId[];

export function canLinkCards(provider: ProviderId): boolean {
  return (LINKING_PROVIDERS as readonly ProviderId[]).includes(provider);
}
