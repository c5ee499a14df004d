// The two databases every integration test runs against: PGlite in memory, and a database of its
// own on the real PostgreSQL server (created here, dropped after). TEST_POSTGRES_URL points at
// the server's maintenance database.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import pg from "pg";
import { openDatabase, type Db } from "@/lib/db/client";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type TestDb = { prisma: Db; queueUrl: string; close: () => Promise<void> };

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export const BACKENDS: { name: string; open: () => Promise<TestDb> }[] = [
  {
    name: "PGlite",
    open: async () => {
      const o = await openDatabase({ pgliteDir: "memory://" });
      return { prisma: o.prisma, queueUrl: o.queueUrl, close: o.close };
    },
  },
  {
    name: "PostgreSQL",
    open: async () => {
      const name = `bc_it_${randomBytes(6).toString("hex")}`;
      await admin((c) => c.query(`CREATE DATABASE ${name}`));
      const url = new URL(ADMIN_URL);
      url.pathname = `/${name}`;
      const o = await openDatabase({ databaseUrl: url.toString() });
      return {
        prisma: o.prisma,
        queueUrl: o.queueUrl,
        close: async () => {
          await o.close();
          await admin(async (c) => {
            // Pools that are still closing (a job worker just stopped) are let finish for up to
            // 5 s: FORCE terminates their connections, and a client caught mid-close reports the
            // termination as an uncaught error in the test process.
            for (let i = 0; i < 50; i++) {
              const { rows } = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
              if (rows[0]?.n === 0) break;
              await new Promise((r) => setTimeout(r, 100));
            }
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          });
        },
      };
    },
  },
];

/**
 * Makes this backend the process's database (what `db()` answers) for the enclosing describe
 * block: the sandboxes read the process's database, as they do in the running app.
 */
export function useAsProcessDatabase(open: () => Promise<TestDb>): void {
  const g = globalThis as unknown as { __bcDb?: Promise<TestDb> };
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const t = await open();
    close = t.close;
    g.__bcDb = Promise.resolve(t);
  });
  afterAll(async () => {
    g.__bcDb = undefined;
    await close();
  });
}
