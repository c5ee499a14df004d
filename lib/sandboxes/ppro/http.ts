// HTTP plumbing of the PPRO sandbox's API routes: off switch, Bearer key, JSON in and out, and
// the Request-Idempotency-Key on creating calls.
import { timingSafeEqual } from "node:crypto";
import { env } from "../../env";
import { sandboxOff } from "../guard";
import { keepAnswer, priorAnswer } from "./store";
import { failure, type ApiResult } from "./wire";

const IDEMPOTENCY_HEADER = "request-idempotency-key";

function authorized(header: string | null): boolean {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(header ?? "")?.[1] ?? "");
  const expected = Buffer.from(env().sandbox.pproApiKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const reply = (r: ApiResult) => Response.json(r.body, { status: r.status, headers: { "cache-control": "no-store" } });

export async function handle(request: Request, run: (body: unknown, idempotencyKey: string | null) => Promise<ApiResult>): Promise<Response> {
  const off = sandboxOff();
  if (off) return off;
  if (!authorized(request.headers.get("authorization"))) return reply(failure(401, "Unauthorized: invalid or missing API key"));
  if (request.method !== "POST") return reply(await run(undefined, null));
  const text = await request.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    return reply(failure(400, "Malformed JSON request body"));
  }
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  const path = new URL(request.url).pathname;
  if (key) {
    const prior = await priorAnswer(path, key, body);
    if (prior === "conflict") return reply(failure(409, "Request-Idempotency-Key was already used with another request body"));
    if (prior) return reply(prior);
  }
  const answer = await run(body, key);
  // Only accepted requests are kept: a refused one may be corrected and sent again.
  if (key && answer.status < 300) await keepAnswer(path, key, body, answer);
  return reply(answer);
}
