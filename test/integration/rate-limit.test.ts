// The database-backed limiter on both databases: N allowed, N+1 refused with a retry time, subjects
// counted apart, and two limiter instances over one database (two app instances) share the count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/errors";
import { createRateLimits } from "@/lib/rate-limit/limiter";
import { BACKENDS, type TestDb } from "./databases";

const POLICIES = { tight: { points: 3, durationSeconds: 60 }, brief: { points: 1, durationSeconds: 1 }, wide: { points: 100, durationSeconds: 60 } };

async function refusal(p: Promise<void>): Promise<RateLimitedError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(RateLimitedError);
  return error as RateLimitedError;
}

describe.each(BACKENDS)("rate limits on $name", ({ name, open }) => {
  let t: TestDb;
  let second: { prisma: Db; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await second?.close();
    await t.close();
  });

  it("allows the policy's points, then refuses with the seconds left in the window", async () => {
    const limits = createRateLimits(t.prisma, POLICIES);
    for (let i = 0; i < 3; i++) await limits.consume(["tight", "ann@example.com"]);
    const error = await refusal(limits.consume(["tight", "ann@example.com"]));
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("counts subjects and policies apart", async () => {
    const limits = createRateLimits(t.prisma, POLICIES);
    for (let i = 0; i < 3; i++) await limits.consume(["tight", "bob@example.com"]);
    await refusal(limits.consume(["tight", "bob@example.com"]));
    await limits.consume(["tight", "carol@example.com"]);
    await limits.consume(["wide", "bob@example.com"]);
  });

  it("refuses when any of several checks is spent, and counts the others all the same", async () => {
    const limits = createRateLimits(t.prisma, POLICIES);
    await limits.consume(["brief", "dave"], ["wide", "10.0.0.1"]);
    await refusal(limits.consume(["brief", "dave"], ["wide", "10.0.0.1"]));
    const row = await t.prisma.rateLimit.findMany({ where: { key: { startsWith: "wide:" } } });
    expect(row.reduce((sum, r) => sum + r.points, 0)).toBeGreaterThanOrEqual(2);
  });

  it("starts a new window once the duration has passed", async () => {
    const limits = createRateLimits(t.prisma, POLICIES);
    await limits.consume(["brief", "erin"]);
    await refusal(limits.consume(["brief", "erin"]));
    await new Promise((r) => setTimeout(r, 1100));
    await limits.consume(["brief", "erin"]);
  });

  it("forgets a subject on reset", async () => {
    const limits = createRateLimits(t.prisma, POLICIES);
    for (let i = 0; i < 3; i++) await limits.consume(["tight", "frank"]);
    await limits.reset("tight", "frank");
    await limits.consume(["tight", "frank"]);
  });

  it("shares the count between two instances over the same database, as two app servers would", async () => {
    // PostgreSQL: a second client of its own, like another server; PGlite is one process's database.
    let other = t.prisma;
    if (name === "PostgreSQL") {
      const url = await t.prisma.$queryRawUnsafe<{ db: string }[]>("select current_database() as db");
      const admin = new URL(process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
      admin.pathname = `/${url[0]!.db}`;
      second = await openDatabase({ databaseUrl: admin.toString(), seed: false });
      other = second.prisma;
    }
    const a = createRateLimits(t.prisma, POLICIES);
    const b = createRateLimits(other, POLICIES);
    await a.consume(["tight", "gina"]);
    await b.consume(["tight", "gina"]);
    await a.consume(["tight", "gina"]);
    await refusal(b.consume(["tight", "gina"]));
  });

  it("counts every request of a concurrent burst", async () => {
    const limits = createRateLimits(t.prisma, { burst: { points: 5, durationSeconds: 60 } });
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => limits.consume(["burst", "harry"])));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
  });

  it("keeps a hash, never the email or address, in the database", async () => {
    const rows = await t.prisma.rateLimit.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.key).not.toMatch(/@|10\.0\.0\.1|ann|bob/);
  });
});
