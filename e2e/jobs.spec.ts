// Two app instances on one PostgreSQL database share one job queue: mail asked for on either
// instance is sent exactly once, by whichever worker takes its job, and an instance stopped with
// SIGTERM stops its worker and exits cleanly. A schedule's due charge is made once, whichever
// instance's cron and worker get to it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { smtpCapture } from "../test/smtp-capture";
import { seal } from "../lib/crypto/secret-box";
import { E2E_PORT } from "./helpers";
import { createDatabase, dropDatabase, NEXT, sql } from "./instances";

const PORTS = [E2E_PORT + 6, E2E_PORT + 7];

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
  let tokenKey = "";

  /** Workers waiting on the queue: each holds a connection that LISTENs for new jobs. */
  const listeners = async () =>
    (await sql<{ n: number }>(dbUrl, "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%jobs:insert%'", [dbName]))[0]?.n;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const smtpUrl = await smtp.start();
    ({ name: dbName, url: dbUrl } = await createDatabase("bc_e2e_jobs"));
    // Instances of one install share its keys: any of them may send a mail another one sealed.
    tokenKey = randomBytes(32).toString("base64");
    const shared = { AUTH_SECRET: randomBytes(32).toString("base64url"), TOKEN_ENCRYPTION_KEY: tokenKey };
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
    await dropDatabase(dbName);
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

  test("a due schedule charge is made once by the two instances", async () => {
    test.setTimeout(180_000);
    // A cardholder who accepted the demo merchant's current terms, a card linked at the PPRO
    // legacy sandbox, and a monthly schedule whose second charge fell due a minute ago.
    const stamp = randomBytes(6).toString("hex");
    const [holder, card, schedule, token] = [`chd_jobs_${stamp}`, `card_jobs_${stamp}`, `sch_jobs_${stamp}`, `JOBSTOKEN${stamp}`];
    await sql(dbUrl, `INSERT INTO "Cardholder" (id, email, name) VALUES ($1, $2, 'Jobs Tester')`, [holder, `jobs.${stamp}@example.com`]);
    await sql(dbUrl, `INSERT INTO "TermsAcceptance" (id, "cardholderId", "merchantId", "termsId", "sessionHash") SELECT $1, $2, 'mer_demo', id, $3 FROM "WipTerms" WHERE "merchantId" = 'mer_demo' ORDER BY version DESC LIMIT 1`, [`tac_jobs_${stamp}`, holder, "a".repeat(64)]);
    const sealed = seal(token, { current: Buffer.from(tokenKey, "base64"), previous: [] });
    await sql(dbUrl, `INSERT INTO "LinkedCard" (id, "merchantId", provider, "cardholderId", "tokenEncrypted", bin, last4, expiry, "paymentId") VALUES ($1, 'mer_demo', 'ppro-legacy', $2, $3, '670999', '5555', '2030-01', $4)`, [card, holder, sealed, `pay_jobs_${stamp}`]);
    const now = new Date().toISOString();
    const tokenData = { token, channel: "bcmcchannel", bin: "670999", last4: "5555", expiry: "2030-01", linkedByTxid: "1", linkedAt: now, lastSuccessAt: now };
    await sql(dbUrl, `INSERT INTO "SandboxRecord" (id, provider, kind, ref, data, "updatedAt") VALUES ($1, 'ppro-legacy', 'token', $2, $3, now())`, [`ppro-legacy:token:${token}`, token, JSON.stringify(tokenData)]);
    await sql(
      dbUrl,
      `INSERT INTO "WipSchedule" (id, "merchantId", "cardId", "cardholderId", kind, amount, description, reference, "chargesMade", "nextChargeAt", "createdAt", "updatedAt")
       VALUES ($1, 'mer_demo', $2, $3, 'monthly', 750, 'Jobs subscription', $1, 1, now() - interval '1 minute', now() - interval '1 month', now())`,
      [schedule, card, holder],
    );
    // The cron item runs at the next minute; either instance's worker takes the charge.
    await expect.poll(async () => (await sql<{ n: number }>(dbUrl, `SELECT "chargesMade" AS n FROM "WipSchedule" WHERE id = $1`, [schedule]))[0]?.n, { timeout: 130_000, intervals: [1000] }).toBe(2);
    await expect.poll(async () => (await sql<{ status: string }>(dbUrl, `SELECT status FROM "Payment" WHERE "scheduleId" = $1`, [schedule])).map((p) => p.status), { timeout: 15_000 }).toEqual(["PAID"]);
    // Another minute's run of both instances' cron finds nothing more due.
    await new Promise((r) => setTimeout(r, 3000));
    const payments = await sql<{ ref: string }>(dbUrl, `SELECT c."merchantReference" AS ref FROM "Payment" p JOIN "Checkout" c ON c.id = p."checkoutId" WHERE p."scheduleId" = $1`, [schedule]);
    expect(payments).toEqual([{ ref: `${schedule}-2` }]);
    const after = (await sql<{ status: string; last: string | null; next: Date }>(dbUrl, `SELECT status, "lastRefusal" AS last, "nextChargeAt" AS next FROM "WipSchedule" WHERE id = $1`, [schedule]))[0]!;
    expect(after).toMatchObject({ status: "ACTIVE", last: null });
    expect(after.next.getTime()).toBeGreaterThan(Date.now());
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
