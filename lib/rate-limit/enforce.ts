// What routes call: the app's policies counted in the process's database. A limited request is a
// RateLimitedError, which lib/api/respond.ts answers 429 with Retry-After.
import { db, type Db } from "../db/client";
import { env } from "../env";
import { errorResponse } from "../api/respond";
import { clientIp } from "../http/client-ip";
import { createRateLimits, type Check, type RateLimits } from "./limiter";
import { POLICIES, type PolicyName } from "./policies";

const perClient = new WeakMap<Db, RateLimits<PolicyName>>();

async function limits(): Promise<RateLimits<PolicyName>> {
  const prisma = await db();
  let l = perClient.get(prisma);
  if (!l) perClient.set(prisma, (l = createRateLimits(prisma, POLICIES)));
  return l;
}

/** The client's address, as far as it can be known (lib/http/client-ip.ts). */
export function requestIp(request: Request): string {
  return clientIp(request.headers, env().trustProxy);
}

/** Counts the request against each check; throws RateLimitedError when one is spent. */
export async function enforceRateLimit(...checks: Check<PolicyName>[]): Promise<void> {
  await (await limits()).consume(...checks);
}

/** The same for routes without their own error handling: the 429 answer, or null to go on. */
export async function rateLimited(...checks: Check<PolicyName>[]): Promise<Response | null> {
  try {
    await enforceRateLimit(...checks);
    return null;
  } catch (error) {
    return errorResponse(error);
  }
}

export async function resetRateLimit(...check: Check<PolicyName>): Promise<void> {
  await (await limits()).reset(...check);
}
