import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { migrate, readMigrations } from "@/lib/db/migrate";

describe.each(BACKENDS)("migrations on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  const runner = () => ({
    exec: async (sql: string) => void (await t.prisma.$executeRawUnsafe(sql)),
    query: async <T,>(sql: string, params: unknown[] = []) => (await t.prisma.$queryRawUnsafe(sql, ...params)) as T[],
  });

  it("records every migration and applies none twice", async () => {
    const rows = await t.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "_app_migrations" ORDER BY name`);
    expect(rows.map((r) => r.name)).toEqual(readMigrations().map((m) => m.name));
  });

  it("refuses a migration changed after it was applied", async () => {
    const changed = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "different" } : m));
    await expect(migrate(runner(), changed)).rejects.toThrow(/changed after it was applied/);
  });
});
