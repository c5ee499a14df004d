// One POST to the TRANSACTION API endpoint: url-encoded in, url-encoded out, every answer checked.
import "server-only";
import type { z } from "zod";
import { ProviderError } from "../types";
import { parseForm, toForm } from "./form";
import { classifyRefusal } from "./rejection";
import type { PproLegacyConfig } from "./requests";
import { RequestStatusSchema } from "./schemas";

const TIMEOUT_MS = 15_000;

/**
 * A refusal as our error: the parameter ERRMSG names becomes the error's field, and a card link
 * that can no longer be used gets its own code (rejection.ts): the linked-cards work must tell
 * "re-link the card" apart from other refusals.
 */
export function rejection(errmsg: string, request: { wip: boolean } = { wip: false }): ProviderError {
  const refusal = classifyRefusal(errmsg, request);
  return new ProviderError("ppro-legacy", "rejected", errmsg, { code: refusal.code, ...(refusal.field ? { field: refusal.field } : {}) });
}

export async function pproCall<S extends z.ZodType>(config: PproLegacyConfig, params: Record<string, string | undefined>, schema: S): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(config.apiUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/x-www-form-urlencoded, text/plain" },
      body: toForm(params),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
  } catch (error) {
    throw new ProviderError("ppro-legacy", "unavailable", `PPRO could not be reached: ${(error as Error).message}`);
  }
  const text = await res.text().catch(() => "");
  // The API answers every request, refused or not, with HTTP 200: anything else is the gateway
  // or a proxy in front of it. A 5xx or 429 is it being down (worth a retry, or the next provider
  // in the route); another 4xx is a refusal, shown as one and never routed around.
  if (!res.ok) {
    const down = res.status >= 500 || res.status === 429;
    throw new ProviderError("ppro-legacy", down ? "unavailable" : "rejected", `PPRO answered HTTP ${res.status}`, { httpStatus: res.status });
  }
  const head = parseForm(RequestStatusSchema, text);
  if (!head.success) throw new ProviderError("ppro-legacy", "bad_response", `unexpected PPRO response (${head.message})`);
  if (head.data.REQUESTSTATUS === "FAILED") throw rejection(head.data.ERRMSG || "PPRO refused the request", { wip: params["specin.cardtoken"] !== undefined });
  const parsed = parseForm(schema, text);
  if (!parsed.success) {
    throw new ProviderError("ppro-legacy", "bad_response", `unexpected PPRO response (${parsed.message})`, {
      validationErrors: parsed.fields.map((path) => ({ path, message: "missing or malformed" })),
    });
  }
  return parsed.data;
}
