// The one Prisma client of the process. PGlite (in-process PostgreSQL under DATA_DIR) by default;
// the PostgreSQL server at DATABASE_URL when set. Same migrations on both, applied on first use.
import path from "node:path";
import { PrismaClient } from "./generated/client";
import { migrate, readMigrations, type SqlRunner } from "./migrate";
import { lockPglite } from "./pglite-lock";
import { retireDemoAccess, seedDemo } from "./seed";
import { logger } from "../log";
import { env } from "../env";

export type Db = PrismaClient;

type Opened = { prisma: PrismaClient; close: () => Promise<void> };

async function openPostgres(url: string): Promise<Opened> {
  const [{ PrismaPg }, pg] = await Promise.all([import("@prisma/adapter-pg"), import("pg")]);
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  const runner: SqlRunner = {
    exec: async (sql) => void (await client.query(sql)),
    query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
  };
  try {
    await migrate(runner, readMigrations());
  } finally {
    await client.end();
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return { prisma, close: () => prisma.$disconnect() };
}

/** A directory is held by one process (pglite-lock.ts); an in-memory database by nobody. */
async function openPglite(dir: string): Promise<Opened> {
  const unlock = dir.startsWith("memory://") ? () => {} : lockPglite(dir);
  try {
    const opened = await openPgliteUnlocked(dir);
    return { prisma: opened.prisma, close: () => opened.close().finally(unlock) };
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openPgliteUnlocked(dir: string): Promise<Opened> {
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
  ]);
  const pglite = await PGlite.create(dir);
  const runner: SqlRunner = {
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async (sql, params) => (await pglite.query(sql, params)).rows as never[],
  };
  await migrate(runner, readMigrations());
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** Opens a database, applies migrations and seeds the demo merchant. Tests call this directly. */
export async function openDatabase(opts: { databaseUrl?: string; pgliteDir?: string; seed?: boolean }): Promise<Opened> {
  const opened = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(opts.pgliteDir ?? "memory://");
  const e = env();
  if (opts.seed !== false && e.demoData) await seedDemo(opened.prisma, e);
  else if (opts.seed !== false && e.mode === "live" && (await retireDemoAccess(opened.prisma))) {
    logger.warn("this database ran the demo: the demo staff sign-in is removed, its API key revoked and its checkout offers no provider");
  }
  return opened;
}

const g = globalThis as unknown as { __bcDb?: Promise<Opened> };

/** The process's database, opened once and shared (two PGlite instances on one directory hang). */
export function db(): Promise<PrismaClient> {
  g.__bcDb ??= (async () => {
    const e = env();
    return openDatabase({ databaseUrl: e.databaseUrl, pgliteDir: path.resolve(e.dataDir, "pglite") });
  })();
  g.__bcDb.catch(() => (g.__bcDb = undefined));
  return g.__bcDb.then((o) => o.prisma);
}
