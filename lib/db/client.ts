// The one Prisma client of the process. PGlite (in-process PostgreSQL under DATA_DIR) by default;
// the PostgreSQL server at DATABASE_URL when set. Same migrations on both, applied on first use.
// The job queue (lib/jobs/queue.ts) reaches the same database by a connection string of its own:
// DATABASE_URL, or for PGlite a private Unix socket served by pglite-socket.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaClient } from "./generated/client";
import { migrate, readMigrations, type SqlRunner } from "./migrate";
import { lockPglite } from "./pglite-lock";
import { retireDemoAccess, seedDemo } from "./seed";
import { logger } from "../log";
import { env } from "../env";
import { migrateQueue } from "../jobs/queue";

export type Db = PrismaClient;

/** queueUrl: where the job queue's own pg connections reach this database. */
type Opened = { prisma: PrismaClient; queueUrl: string; close: () => Promise<void> };

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
  await migrateQueue(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return { prisma, queueUrl: url, close: () => prisma.$disconnect() };
}

/** A directory is held by one process (pglite-lock.ts); an in-memory database by nobody. */
async function openPglite(dir: string): Promise<Opened> {
  const unlock = dir.startsWith("memory://") ? () => {} : lockPglite(dir);
  try {
    const opened = await openPgliteUnlocked(dir);
    return { ...opened, close: () => opened.close().finally(unlock) };
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openPgliteUnlocked(dir: string): Promise<Opened> {
  const [{ PGlite }, { pg_trgm }, { PrismaPGlite }, { PGLiteSocketServer }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("pglite-prisma-adapter"),
    import("@electric-sql/pglite-socket"),
  ]);
  // pg_trgm: the migrations create it for the back office's search indexes, and PGlite can only
  // create the extensions it was given here.
  const pglite = await PGlite.create(dir, { extensions: { pg_trgm } });
  const runner: SqlRunner = {
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async (sql, params) => (await pglite.query(sql, params)).rows as never[],
  };
  await migrate(runner, readMigrations());
  // A Unix socket in a directory only this user can enter (PGlite asks no password), named as
  // pg expects (.s.PGSQL.<port>); the server multiplexes its connections onto the one PGlite.
  const socketDir = mkdtempSync(path.join(tmpdir(), "bc-pglite-"));
  const socketServer = new PGLiteSocketServer({ db: pglite, path: path.join(socketDir, ".s.PGSQL.5432"), maxConnections: 16 });
  await socketServer.start();
  const queueUrl = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
  await migrateQueue(queueUrl);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    queueUrl,
    close: async () => {
      await prisma.$disconnect();
      await socketServer.stop();
      rmSync(socketDir, { recursive: true, force: true });
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

/** Where the job queue connects to the process's database (opened first, as db() does). */
export async function queueConnection(): Promise<string> {
  await db();
  if (!g.__bcDb) throw new Error("database closed");
  return (await g.__bcDb).queueUrl;
}
