// Rate limits counted in the database (rate-limiter-flexible's Prisma store over our client), so
// every instance of the app shares the counts, on PGlite and PostgreSQL alike.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../db/client";
import { RateLimitedError } from "../errors";
import { logger } from "../log";
import { subjectKey, type Policy } from "./policies";

/** A policy's name and the subject it counts by, e.g. ["staff-sign-in-ip", "203.0.113.7"]. */
export type Check<P extends string> = readonly [P, ...string[]];

export type RateLimits<P extends string> = {
  /** Counts one request against every check; throws RateLimitedError when any is spent. */
  consume(...checks: Check<P>[]): Promise<void>;
  /** Forgets a subject's count (a staff member who signed in starts afresh). */
  reset(...check: Check<P>): Promise<void>;
};

export function createRateLimits<P extends string>(prisma: Db, policies: Record<P, Policy>): RateLimits<P> {
  const limiters = new Map<P, RateLimiterPrisma>();
  const limiter = (name: P) => {
    let l = limiters.get(name);
    if (!l) {
      const p = policies[name];
      // The model's client accessor; the store's default name is another model's.
      l = new RateLimiterPrisma({ storeClient: prisma, tableName: "rateLimit", keyPrefix: name, points: p.points, duration: p.durationSeconds });
      limiters.set(name, l);
    }
    return l;
  };

  return {
    async consume(...checks) {
      const results = await Promise.allSettled(checks.map(([name, ...subject]) => limiter(name).consume(subjectKey(subject))));
      let waitMs = -1;
      for (const [i, r] of results.entries()) {
        if (r.status === "fulfilled") continue;
        if (r.reason instanceof RateLimiterRes) waitMs = Math.max(waitMs, r.reason.msBeforeNext);
        // A store that cannot be reached lets the request through: refusing everyone would turn a
        // database hiccup into an outage, and the request needs the database anyway.
        else logger.warn("rate limit not counted", { policy: checks[i]?.[0], error: (r.reason as Error).message });
      }
      if (waitMs >= 0) throw new RateLimitedError(Math.max(1, Math.ceil(waitMs / 1000)));
    },
    async reset(name, ...subject) {
      await limiter(name).delete(subjectKey(subject));
    },
  };
}
