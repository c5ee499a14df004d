// Ending a card's link at its provider where the API allows (PPRO agreements: revoke; the legacy
// TRANSACTION API has no such call). A provider no longer configured cannot be asked: logged.
import "server-only";
import { logger } from "../log";
import { ProviderIdSchema } from "../payments/providers";
import { getProvider } from "../providers/registry";

export async function revokeAtProvider(provider: string, linkReference: string): Promise<void> {
  const id = ProviderIdSchema.safeParse(provider);
  const client = id.success ? getProvider(id.data) : undefined;
  if (!client) {
    logger.warn("link ended without asking its provider: provider not configured", { provider });
    return;
  }
  await client.revokeLink?.(linkReference);
}
