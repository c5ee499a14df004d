// What every sandbox's API does the same way: credentials compared in constant time, JSON bodies
// read, JSON answers sent. Each sandbox keeps its own provider's error bodies.
import { createHash, timingSafeEqual } from "node:crypto";

/** Compared as fixed-length digests so that neither length nor content leaks through timing. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer …` header, or "". */
export function bearerToken(header: string | null): string {
  return /^Bearer\s+(.+)$/i.exec(header ?? "")?.[1] ?? "";
}

/** A POST's JSON body (`empty` when there is none); null when the body is not JSON. */
export async function readJsonBody(request: Request, empty: unknown): Promise<{ body: unknown } | null> {
  if (request.method !== "POST") return { body: undefined };
  const text = await request.text();
  if (!text) return { body: empty };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return null;
  }
}

export function replyJson(result: { status: number; body: unknown }): Response {
  return Response.json(result.body, { status: result.status, headers: { "cache-control": "no-store" } });
}
