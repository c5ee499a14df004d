// The shared shape of a provider webhook route: raw body with a size cap, verify, store, apply,
// acknowledge; 5xx when a retry is wanted. The route wrapper (lib/access) answers 503 when the
// provider is not configured.
import { db } from "../db/client";
import { readTextCapped } from "../api/body";
import { errorResponse, json } from "../api/respond";
import { logger } from "../log";
import type { PaymentProvider } from "../providers/types";
import { MAX_WEBHOOK_BYTES, receiveWebhook } from "./inbox";

export async function receiveWebhookRequest(request: Request, provider: PaymentProvider): Promise<Response> {
  const providerId = provider.id;
  let raw: string;
  try {
    raw = await readTextCapped(request, MAX_WEBHOOK_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  try {
    const result = await receiveWebhook(await db(), provider, raw, request.headers);
    if (result.status === 400) logger.warn("webhook rejected", { provider: providerId, reason: result.body.error.message });
    return json(result.body, result.status);
  } catch (error) {
    logger.error("webhook not processed", { provider: providerId, error: (error as Error).message });
    return json({ error: { code: "retry", message: "not processed, retry later" } }, 503);
  }
}
