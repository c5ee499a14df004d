// Limits on next-auth's two ways in: staff passwords (per account and per address) and sign-in
// links by email (per inbox and per address). Wraps next-auth's handler, which has no hook that
// runs before a credentials check or a link is sent.
import { json } from "../api/respond";
import { env } from "../env";
import { RateLimitedError } from "../errors";
import { enforceRateLimit, requestIp, resetRateLimit } from "./enforce";

/** What the sign-in forms recognise (next-auth's client reads `error` from the answer's `url`). */
export const RATE_LIMITED_ERROR = "RateLimited";

async function postedEmail(request: Request): Promise<string> {
  const form = await request.clone().formData().catch(() => null);
  const email = form?.get("email");
  return typeof email === "string" ? email : "";
}

export async function withSignInLimits(request: Request, handle: () => Promise<Response>): Promise<Response> {
  const path = new URL(request.url).pathname;
  const staff = path.endsWith("/callback/staff");
  if (request.method !== "POST" || !(staff || path.endsWith("/signin/email"))) return handle();
  const email = await postedEmail(request);
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
