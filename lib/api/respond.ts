// The one place that turns errors into HTTP answers. Internal errors never leak their message.
import { z } from "zod";
import { AppError, RateLimitedError, type FieldError } from "../errors";
import { WipRefusedError } from "../payments/wip";
import { logger } from "../log";
import { readTextCapped } from "./body";

export type ErrorBody = { error: { code: string; message: string; reason?: string; fields?: FieldError[] } };

export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

export function zodFields(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({
    field: i.path.length > 0 ? i.path.join(".") : i.code === "unrecognized_keys" ? (i.keys ?? []).join(",") : "(body)",
    message: i.message,
  }));
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    // A WIP refusal carries the scheme rule it broke (lib/payments/wip.ts) for the merchant to act on.
    const reason = error instanceof WipRefusedError ? { reason: error.reason } : {};
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...reason, ...(error.fields.length ? { fields: error.fields } : {}) } };
    return json(body, error.status, error instanceof RateLimitedError ? { "retry-after": String(error.retryAfterSeconds) } : {});
  }
  if (error instanceof z.ZodError) {
    const fields = zodFields(error);
    return json({ error: { code: "invalid_request", message: `invalid ${fields.map((f) => f.field).join(", ")}`, fields } }, 400);
  }
  logger.error("unhandled error", { error: error instanceof Error ? error.stack ?? error.message : String(error) });
  return json({ error: { code: "internal_error", message: "something went wrong on our side" } }, 500);
}

/** Reads a JSON body with a size cap; a body that is not JSON is a 400 naming the body. */
export async function readJson(request: Request, maxBytes = 32 * 1024): Promise<{ raw: string; value: unknown }> {
  const raw = await readTextCapped(request, maxBytes);
  try {
    return { raw, value: JSON.parse(raw) };
  } catch {
    throw new AppError("invalid_request", "body must be JSON", [{ field: "(body)", message: "is not valid JSON" }]);
  }
}
