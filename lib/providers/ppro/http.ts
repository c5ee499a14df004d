// The one way the PPRO client talks to PPRO: Bearer key, JSON, a timeout, every answer parsed
// with zod and every failure turned into a ProviderError.
import "server-only";
import type { z } from "zod";
import { ProviderError } from "../types";
import { PproErrorSchema } from "./schemas";

export type PproConfig = { apiUrl: string; apiKey: string; webhookSecret: string; webhookUrl: string };

const TIMEOUT_MS = 15_000;

/** PPRO's idempotency header: a retried creating call returns the first result. */
export const IDEMPOTENCY_HEADER = "request-idempotency-key";

export async function pproCall<S extends z.ZodType>(
  config: Pick<PproConfig, "apiUrl" | "apiKey">,
  method: "GET" | "POST",
  path: string,
  schema: S,
  body?: unknown,
  idempotencyKey?: string,
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(`${config.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${config.apiKey}`,
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(idempotencyKey ? { [IDEMPOTENCY_HEADER]: idempotencyKey } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
  } catch (error) {
    throw new ProviderError("ppro", "unavailable", `PPRO could not be reached: ${(error as Error).message}`);
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    // 429 and 5xx are worth retrying later; any other 4xx is PPRO refusing this request.
    const kind = res.status >= 500 || res.status === 429 ? "unavailable" : "rejected";
    const err = PproErrorSchema.safeParse(json);
    const message = err.success ? err.data.failureMessage : `PPRO answered ${res.status}`;
    throw new ProviderError("ppro", kind, message, { httpStatus: res.status, code: `HTTP_${res.status}` });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new ProviderError("ppro", "bad_response", `unexpected PPRO response (${where})`);
  }
  return parsed.data;
}
