// Limits on next-auth's two ways in: staff passwords (per account and per address) and sign-in
// links by email (per inbox and per address). Wraps next-auth's handler, which has no hook that
// runs before a credentials check or a link is sent.
import { json } from "../api/respond";
import { env } from "../env";
import { RateLimitedError } from "../errors";
import { enforceRateLimit, requestIp, resetRateLimit } from "./enforce";

/** What the sign-in forms recognise (next-auth's client reads `error` from the answer's `url`). */
export const RATE_LIMITED_ERROR = "RateLimited";

/**
 * The email next-auth will act on, read exactly as next-auth reads the body (next-auth/next/utils
 * getBody: JSON, or a url-encoded form whose last value of a repeated field wins), so the limit
 * counts the account or inbox actually tried. A body naming `email` twice is refused outright.
 */
async function postedEmail(request: Request): Promise<string | "ambiguous"> {
  const type = request.headers.get("content-type") ?? "";
  const text = await request.clone().text().catch(() => "");
  if (type.includes("application/json")) {
    try {
      const email = (JSON.parse(text) as { email?: unknown } | null)?.email;
      return email === undefined || email === null ? "" : String(email);
    } catch {
      return "";
    }
  }
  if (!type.includes("application/x-www-form-urlencoded")) return "";
  const emails = new URLSearchParams(text).getAll("email");
  return emails.length > 1 ? "ambiguous" : (emails[0] ?? "");
}

/**
 * Which way in a request is, from the route's own segments as next-auth reads them
 * (`[action, provider]`); next-auth ignores further segments, so a request with more is no
 * sign-in of ours at all and is refused rather than let through uncounted.
 */
function signInKind(segments: readonly string[]): "staff" | "email" | "other" | "malformed" {
  if (segments.length > 2) return "malformed";
  if (segments[0] === "callback" && segments[1] === "staff") return "staff";
  if (segments[0] === "signin" && segments[1] === "email") return "email";
  return "other";
}

export async function withSignInLimits(request: Request, segments: readonly string[], handle: () => Promise<Response>): Promise<Response> {
  const kind = signInKind(segments);
  if (kind === "malformed") return json({ error: { code: "not_found", message: "not found" } }, 404);
  if (request.method !== "POST" || kind === "other") return handle();
  const staff = kind === "staff";
  const email = await postedEmail(request);
  if (email === "ambiguous") return json({ error: { code: "invalid_request", message: "email: give one email address", fields: [{ field: "email", message: "given more than once" }] } }, 400);
  const ip = requestIp(request);
  try {
    if (staff) await enforceRateLimit(["staff-sign-in-account", email], ["staff-sign-in-ip", ip]);
    else await enforceRateLimit(["email-link-email", email], ["email-link-ip", ip]);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    const body = { error: { code: error.code, message: error.message }, url: `${env().appUrl}/signin?error=${RATE_LIMITED_ERROR}` };
    return json(body, error.status, { "retry-after": String(error.retryAfterSeconds) });
  }
  const response = await handle();
  // Limits guessing, not signing in: the count of an account starts afresh once its password is right.
  if (staff && response.ok) await resetRateLimit("staff-sign-in-account", email);
  return response;
}
