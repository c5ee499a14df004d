// A webhook body read as JSON and parsed with the provider's schema, or the reason it is not one.
import type { z } from "zod";

export type BodyParse<T> = { ok: true; data: T } | { ok: false; reason: string };

export function parseWebhookBody<S extends z.ZodType>(rawBody: string, schema: S, what: string): BodyParse<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: "body is not JSON" };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `not ${what}: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}` };
  return { ok: true, data: parsed.data };
}
