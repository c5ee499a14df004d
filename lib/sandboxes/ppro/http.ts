// HTTP plumbing of the PPRO sandbox's API routes: Bearer key, JSON in and out, and
// the Request-Idempotency-Key on creating calls.
import { env } from "../../env";
import { bearerToken, readJsonBody, replyJson, sameSecret } from "../http-common";
import { keepAnswer, priorAnswer } from "./store";
import { failure, type ApiResult } from "./wire";

const IDEMPOTENCY_HEADER = "request-idempotency-key";

const authorized = (header: string | null) => sameSecret(bearerToken(header), env().sandbox.pproApiKey);
const reply = replyJson;

export async function handle(request: Request, run: (body: unknown, idempotencyKey: string | null) => Promise<ApiResult>): Promise<Response> {
  if (!authorized(request.headers.get("authorization"))) return reply(failure(401, "Unauthorized: invalid or missing API key"));
  if (request.method !== "POST") return reply(await run(undefined, null));
  const read = await readJsonBody(request, {});
  if (!read) return reply(failure(400, "Malformed JSON request body"));
  const body = read.body;
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
