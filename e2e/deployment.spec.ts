// Going live cannot be got wrong: a half-configured provider stops the start and names what is
// missing; a real provider (here a stand-in: the e2e server's own WooshPay sandbox, reached as
// another host would be) hides every sandbox, the mailbox and the demo shop, and the checkout
// shows the merchant's own name and only the live provider.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { mailText, smtpCapture } from "../test/smtp-capture";
import { E2E_BASE, E2E_PORT, expectAccessible, fillShopperName } from "./helpers";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const NEXT = "node_modules/next/dist/bin/next";
const LIVE_PORT = E2E_PORT + 4;
const LIVE_BASE = `http://localhost:${LIVE_PORT}`;

type Run = { code: number | null; output: string };

/** Runs a command to its end (bounded), with its output. */
function runToEnd(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`still running after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const HALF_BANCONTACT = { DATA_DIR: ".data/e2e-half", PORT: String(E2E_PORT + 5), BANCONTACT_API_URL: "https://merchant.api.preprod.bancontact.net" };
const HALF_NAMES = ["BANCONTACT_API_KEY", "BANCONTACT_MERCHANT_PROFILE_ID", "BANCONTACT_SIGNING_KEY", "BANCONTACT_SIGNING_KEY_ID", "APP_URL", "AUTH_SECRET", "TOKEN_ENCRYPTION_KEY", "SMTP_URL", "MAIL_FROM"];

test("a half-configured provider stops `npm start` before the build, naming each missing variable", async () => {
  const run = await runToEnd(["scripts/start.mjs"], HALF_BANCONTACT);
  expect(run.code).toBe(1);
  for (const name of HALF_NAMES) expect(run.output).toContain(name);
  expect(run.output).not.toContain("Building the app");
});

test("the server itself refuses the same configuration at start, whoever starts it", async () => {
  const run = await runToEnd([NEXT, "start", "-p", HALF_BANCONTACT.PORT], HALF_BANCONTACT);
  expect(run.code).toBe(1);
  for (const name of HALF_NAMES) expect(run.output).toContain(name);
});

test.describe("a live install (one real provider, pointed at a stand-in)", () => {
  let server: ChildProcess | undefined;
  let banner = "";
  let dbName = "";
  let liveEnv: Record<string, string> = {};
  const smtp = smtpCapture();

  async function admin(sql: string) {
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  }

  test.beforeAll(async () => {
    const smtpUrl = await smtp.start();
    dbName = `bc_e2e_live_${randomBytes(5).toString("hex")}`;
    await admin(`CREATE DATABASE ${dbName}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    // The stand-in is the e2e server's WooshPay sandbox: its keys are that server's.
    const standIn = JSON.parse(readFileSync(".data/e2e/secrets.json", "utf8")) as { sandbox: { wooshpaySecretKey: string; wooshpayWebhookSecret: string } };
    rmSync(".data/e2e-live", { recursive: true, force: true });
    liveEnv = {
      PORT: String(LIVE_PORT),
      DATA_DIR: ".data/e2e-live",
      DATABASE_URL: url.toString(),
      APP_URL: LIVE_BASE,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      SMTP_URL: smtpUrl,
      MAIL_FROM: "Chocolaterie Nord <no-reply@nord.example>",
      WOOSHPAY_API_URL: `${E2E_BASE}/sandbox/wooshpay`,
      WOOSHPAY_SECRET_KEY: standIn.sandbox.wooshpaySecretKey,
      WOOSHPAY_WEBHOOK_SECRET: standIn.sandbox.wooshpayWebhookSecret,
      // As behind a load balancer that terminates TLS: X-Forwarded-Proto says https.
      TRUST_PROXY: "1",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    server = spawn(process.execPath, [NEXT, "start", "-p", String(LIVE_PORT)], { env: { ...process.env, ...liveEnv }, stdio: ["ignore", "pipe", "pipe"] });
    server.stdout?.on("data", (c: Buffer) => (banner += c.toString()));
    server.stderr?.on("data", (c: Buffer) => (banner += c.toString()));
    await expect.poll(async () => (await fetch(`${LIVE_BASE}/`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
  });

  test.afterAll(async () => {
    server?.kill();
    await new Promise((r) => server?.once("exit", r) ?? r(null));
    await smtp.stop();
    if (dbName) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  test("the banner says what is live, what is off, and prints no demo password", () => {
    expect(banner).toMatch(/Mode:\s+LIVE/);
    expect(banner).toMatch(/WooshPay\s+LIVE\s+http:\/\/localhost:\d+/);
    for (const name of ["Bancontact Payconiq", "PPRO", "Worldpay"]) expect(banner).toMatch(new RegExp(`${name}\\s+off`));
    expect(banner).toMatch(/Mail:\s+SMTP smtp:\/\/127\.0\.0\.1:\d+/);
    expect(banner).toMatch(/Database:\s+PostgreSQL postgresql:\/\/127\.0\.0\.1:5432\/bc_e2e_live_/);
    expect(banner).not.toContain("Demo staff login");
    expect(banner).not.toContain(liveEnv.WOOSHPAY_SECRET_KEY ?? "(unset)");
    // The stand-in runs on http: the one warning a live install here should get.
    expect(banner.match(/WARNING: .*/g)).toEqual([`WARNING: APP_URL ${LIVE_BASE} is not https: providers and shoppers reach a live install over https`]);
  });

  test("no sandbox, no mailbox, no demo shop", async ({ request }) => {
    for (const path of ["/sandbox", "/sandbox/wooshpay", "/sandbox/mailbox", "/sandbox/bancontact/app", "/sandbox/bancontact/jwks", "/cart", "/orders/MP-1"]) {
      expect((await request.get(`${LIVE_BASE}${path}`)).status(), path).toBe(404);
    }
    expect((await request.post(`${LIVE_BASE}/sandbox/wooshpay/v1/payment_intents`, { data: {} })).status()).toBe(404);
    expect((await request.post(`${LIVE_BASE}/sandbox/ppro-legacy/transaction`, { form: { a: "b" } })).status()).toBe(404);
  });

  test("over https (a trusted proxy says so) pages and static files carry HSTS; a client's own claim is not believed", async ({ request }) => {
    const https = { "x-forwarded-proto": "https" };
    const page = await request.get(`${LIVE_BASE}/signin`, { headers: https });
    expect(page.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    const asset = /\/_next\/static\/[^"]+\.js/.exec(await page.text())?.[0];
    expect(asset).toBeTruthy();
    const file = await request.get(`${LIVE_BASE}${asset}`, { headers: https });
    expect(file.status()).toBe(200);
    expect(file.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(file.headers()["x-content-type-options"]).toBe("nosniff");
    // A client putting "https" in front of what the proxy wrote is not believed.
    const forged = await request.get(`${LIVE_BASE}/signin`, { headers: { "x-forwarded-proto": "https, http" } });
    expect(forged.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("the front page is no shop, and is accessible", async ({ page }) => {
    await page.goto(`${LIVE_BASE}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Payments");
    await expect(page.getByText("Box of 24 pralines")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a merchant set up by the command takes a payment through the real provider only, under its own name", async ({ page }) => {
    const out = execFileSync(
      process.execPath,
      [
        "node_modules/tsx/dist/cli.mjs",
        "scripts/merchant.ts",
        "create",
        "--name",
        "Chocolaterie Nord",
        "--address",
        "Grand-Place 1, 1000 Brussels",
        "--return-origin",
        LIVE_BASE,
        "--staff-email",
        "owner@nord.example",
        "--staff-name",
        "Owner",
      ],
      { env: { ...process.env, ...liveEnv }, encoding: "utf8" },
    );
    const apiKey = /API key \(shown once\):\s+(\S+)/.exec(out)?.[1];
    expect(apiKey).toBeTruthy();
    const res = await page.request.post(`${LIVE_BASE}/api/v1/checkouts`, {
      headers: { authorization: `Bearer ${apiKey}`, "idempotency-key": "live-1" },
      data: { amount: 1250, currency: "EUR", description: "Truffles", merchantReference: "NORD-1", returnUrl: `${LIVE_BASE}/thanks` },
    });
    expect(res.status()).toBe(201);
    const checkout = (await res.json()) as { url: string };
    expect(checkout.url.startsWith(`${LIVE_BASE}/checkout/`)).toBe(true);

    await page.goto(checkout.url);
    await expect(page.getByTestId("brand-name")).toHaveText("Chocolaterie Nord");
    await expect(page).toHaveTitle("Checkout · Chocolaterie Nord");
    await expect(page.getByText("Maison Praline")).toHaveCount(0);
    // One Bancontact choice, served by the merchant's only provider (a bank page, no app of its own).
    await expect(page.getByTestId("bancontact-choice").getByRole("button")).toHaveText(["Pay with Bancontact"]);
    const pay = page.getByRole("button", { name: "Pay with Bancontact", exact: true });
    await expectAccessible(page);

    await fillShopperName(page);
    await pay.click();
    // The provider's page is on the provider's host (the stand-in), not ours.
    await expect(page).toHaveURL(new RegExp(`^${E2E_BASE}/sandbox/wooshpay/authorize/pi_`));
    await page.getByRole("button", { name: "Approve payment" }).click();
    await expect(page).toHaveURL(new RegExp(`^${LIVE_BASE}/checkout/chk_\\w+/return`));
    await expect(page.getByTestId("payment-status")).toHaveAttribute("data-status", "PAID");
    await expect(page.getByTestId("brand-name")).toHaveText("Chocolaterie Nord");
  });

  test("sign-in mail goes to the mail server, not to a mailbox page", async ({ page }) => {
    await page.goto(`${LIVE_BASE}/signin`);
    await page.locator("#cardholder-email").fill("cardholder@nord.example");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email/);
    await expect.poll(() => smtp.received.filter((m) => m.to.includes("cardholder@nord.example")).length).toBe(1);
    expect(await mailText(smtp.received[0]?.raw ?? "")).toContain(`${LIVE_BASE}/api/auth/callback/email`);
  });
});
