// Two app instances on one PostgreSQL database share one job queue: mail asked for on either
// instance is sent exactly once, by whichever worker takes its job, and an instance stopped with
// SIGTERM stops its worker and exits cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { smtpCapture } from "../test/smtp-capture";
import { E2E_PORT } from "./helpers";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const NEXT = "node_modules/next/dist/bin/next";
const PORTS = [E2E_PORT + 6, E2E_PORT + 7];

async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

/** Asks an instance for a cardholder's sign-in link, as the sign-in form does. */
async function askForLink(request: APIRequestContext, base: string, email: string): Promise<void> {
  const { csrfToken } = (await (await request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const res = await request.post(`${base}/api/auth/signin/email`, { form: { email, csrfToken, callbackUrl: `${base}/account`, json: "true" } });
  expect(res.status(), email).toBe(200);
}

test.describe("two instances, one database, one queue", () => {
  const smtp = smtpCapture();
  const servers: ChildProcess[] = [];
  const output: string[] = ["", ""];
  let dbName = "";
  let dbUrl = "";

  /** Workers waiting on the queue: each holds a connection that LISTENs for new jobs. */
  const listeners = async () =>
    (await sql<{ n: number }>(dbUrl, "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%jobs:insert%'", [dbName]))[0]?.n;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const smtpUrl = await smtp.start();
    dbName = `bc_e2e_jobs_${randomBytes(5).toString("hex")}`;
    await sql(ADMIN_URL, `CREATE DATABASE ${dbName}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    dbUrl = url.toString();
    // Instances of one install share its keys: any of them may send a mail another one sealed.
    const shared = { AUTH_SECRET: randomBytes(32).toString("base64url"), TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("base64") };
    // The first instance migrates the database; the second starts on it once it is ready.
    for (const [i, port] of PORTS.entries()) {
      const dataDir = `.data/e2e-jobs-${i}`;
      rmSync(dataDir, { recursive: true, force: true });
      const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: dbUrl, SMTP_URL: smtpUrl, ...shared, APP_URL: `http://localhost:${port}`, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" };
      const server = spawn(process.execPath, [NEXT, "start", "-p", String(port)], { env, stdio: ["ignore", "pipe", "pipe"] });
      server.stdout?.on("data", (c: Buffer) => (output[i] += c.toString()));
      server.stderr?.on("data", (c: Buffer) => (output[i] += c.toString()));
      servers.push(server);
      await expect.poll(async () => (await fetch(`http://localhost:${port}/signin`).catch(() => null))?.status ?? 0, { timeout: 90_000 }).toBe(200);
    }
  });

  test.afterAll(async () => {
    for (const s of servers) if (s.exitCode === null) s.kill("SIGKILL");
    await smtp.stop();
    if (dbName) await sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  test("both instances run a worker on the shared queue", async () => {
    for (const o of output) expect(o).toMatch(/Jobs:\s+graphile-worker on the PostgreSQL database/);
    expect(await listeners()).toBe(2);
  });

  test("mail asked for on either instance is sent exactly once", async ({ request }) => {
    const stamp = Date.now();
    const emails = Array.from({ length: 20 }, (_, i) => `holder${i}.${stamp}@example.com`);
    for (const [i, email] of emails.entries()) await askForLink(request, `http://localhost:${PORTS[i % 2]}`, email);
    await expect.poll(() => emails.filter((e) => smtp.received.some((m) => m.to.includes(e))).length, { timeout: 30_000 }).toBe(20);
    // A second delivery would come within a poll or two.
    await new Promise((r) => setTimeout(r, 3000));
    for (const email of emails) expect(smtp.received.filter((m) => m.to.includes(email)).length, email).toBe(1);
    const rows = await sql<{ status: string; attempts: number }>(dbUrl, `SELECT status, attempts FROM "MailMessage" WHERE "to" = ANY($1)`, [emails]);
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row).toEqual({ status: "SENT", attempts: 1 });
    // Done jobs leave the queue.
    expect(await sql(dbUrl, "SELECT id FROM graphile_worker._private_jobs")).toEqual([]);
  });

  test("an instance stopped with SIGTERM stops its worker and exits; the other keeps sending", async ({ request }) => {
    const first = servers[0];
    if (!first) throw new Error("no first instance");
    const exited = new Promise<number | null>((resolve) => first.once("exit", (code) => resolve(code)));
    first.kill("SIGTERM");
    // 143: the signal's exit code, after the server and the worker have stopped.
    expect(await exited).toBe(143);
    await expect.poll(listeners).toBe(1);
    expect(await sql(dbUrl, "SELECT id FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL")).toEqual([]);
    const email = `after.${Date.now()}@example.com`;
    await askForLink(request, `http://localhost:${PORTS[1]}`, email);
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(email)).length, { timeout: 15_000 }).toBe(1);
  });
});
