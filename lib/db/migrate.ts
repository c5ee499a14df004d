// Applies prisma/migrations/*/migration.sql in order, once each, recording them in
// "_app_migrations". Written here because `prisma migrate deploy` needs a schema-engine binary
// that cannot be downloaded on our machines; the SQL files are the ones Prisma generates, so a
// deployment that has the engine can use them too.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type SqlRunner = {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = path.join(process.cwd(), "prisma", "migrations")): Migration[] {
  // The folder is read at run time, not traced into the build.
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Applies the pending migrations; returns the names applied. */
export async function migrate(db: SqlRunner, migrations: Migration[]): Promise<string[]> {
  // One app instance migrates at a time; the others wait here.
  await db.exec("SELECT pg_advisory_lock(724201)");
  try {
    await db.exec(`CREATE TABLE IF NOT EXISTS "_app_migrations" (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const rows = await db.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "_app_migrations"`);
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    const applied: string[] = [];
    for (const m of migrations) {
      const seen = done.get(m.name);
      if (seen !== undefined) {
        if (seen !== m.checksum) throw new Error(`migration ${m.name} was changed after it was applied`);
        continue;
      }
      await db.exec("BEGIN");
      try {
        await db.exec(m.sql);
        await db.query(`INSERT INTO "_app_migrations" (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
        await db.exec("COMMIT");
      } catch (error) {
        await db.exec("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await db.exec("SELECT pg_advisory_unlock(724201)");
  }
}
