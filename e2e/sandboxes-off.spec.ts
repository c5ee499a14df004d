// With SANDBOXES=off, the same build serves the shop but no sandbox route.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./helpers";

const PORT = E2E_PORT + 1;
let server: ChildProcess;

test.beforeAll(async () => {
  rmSync(".data/e2e-off", { recursive: true, force: true });
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: ".data/e2e-off", SANDBOXES: "off", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`http://localhost:${PORT}/`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
});

test("sandbox pages and APIs answer 404 when sandboxes are off", async ({ request }) => {
  const base = `http://localhost:${PORT}`;
  expect((await request.get(`${base}/sandbox`)).status()).toBe(404);
  expect((await request.get(`${base}/sandbox/wooshpay`)).status()).toBe(404);
  expect((await request.post(`${base}/sandbox/wooshpay/v1/payment_intents`, { data: {} })).status()).toBe(404);
  expect((await request.get(`${base}/sandbox/wooshpay/v1/payment_intents/pi_1`)).status()).toBe(404);
  expect((await request.get(`${base}/`)).status()).toBe(200);
});
