// The routing migration on the real PostgreSQL: a merchant's linking provider becomes the first
// of its linking route, the other enabled providers that can link follow in the merchant's order,
// and a merchant that linked with "the first enabled one" keeps linking with it.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { migrate, readMigrations, type SqlRunner } from "@/lib/db/migrate";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `bc_it_${randomBytes(6).toString("hex")}`;
let client: pg.Client;
const runner: SqlRunner = {
  exec: async (sql) => void (await client.query(sql)),
  query: async <T,>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
};

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe("routing migration on PostgreSQL", () => {
  it("turns the linking provider into the linking route, keeping who links first", async () => {
    const all = readMigrations();
    const at = all.findIndex((m) => m.name.endsWith("_payment_routing"));
    expect(at).toBeGreaterThan(0);
    await migrate(runner, all.slice(0, at));
    const merchants: [string, string[], string | null][] = [
      ["m_chosen", ["wooshpay", "ppro", "ppro-legacy"], "ppro-legacy"],
      ["m_auto", ["worldpay", "ppro-legacy", "bancontact", "ppro"], null],
      ["m_none", ["wooshpay", "worldpay"], null],
      ["m_disabled", ["ppro"], "ppro-legacy"],
    ];
    for (const [id, enabled, linking] of merchants) {
      await runner.query(`INSERT INTO "Merchant" (id, name, address, "returnUrlOrigins", "enabledProviders", "linkingProvider") VALUES ($1, $1, 'Rue 1', '{}', $2, $3)`, [id, enabled, linking]);
    }
    await migrate(runner, all);
    const rows = await runner.query<{ id: string; enabledProviders: string[]; linkingRoute: string[] }>(`SELECT id, "enabledProviders", "linkingRoute" FROM "Merchant" ORDER BY id`);
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.enabledProviders, r.linkingRoute]]))).toEqual({
      m_auto: [["worldpay", "ppro-legacy", "bancontact", "ppro"], ["ppro-legacy", "ppro"]],
      m_chosen: [["wooshpay", "ppro", "ppro-legacy"], ["ppro-legacy", "ppro"]],
      m_disabled: [["ppro"], ["ppro"]],
      m_none: [["wooshpay", "worldpay"], []],
    });
    const cols = await runner.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Payment' AND column_name IN ('fallbackFrom', 'routedReason') ORDER BY 1`);
    expect(cols.map((c) => c.column_name)).toEqual(["fallbackFrom", "routedReason"]);
  });
});
