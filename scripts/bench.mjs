// `npm run bench`: measures, on the production build with a fresh embedded database, how long
// a Bancontact callback takes to reach the shopper's screen. For each of N payments: the page
// shows the QR code; the app simulator "scans" it (the sandbox signs and delivers the callback
// and waits for our 200); a MutationObserver in the page notes when the status line changes.
// Prints figures; asserts nothing. Usage: npm run bench [-- --runs 20]
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { chromium } from "@playwright/test";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 20;
const PORT = 3230;
const base = `http://localhost:${PORT}`;
const dataDir = ".data/bench";
rmSync(dataDir, { recursive: true, force: true });

const server = spawn(process.execPath, ["scripts/start.mjs"], {
  env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

async function waitReady() {
  for (let i = 0; i < 600; i++) {
    if ((await fetch(base).catch(() => null))?.ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (xs) => `median ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

await waitReady();
const apiKey = JSON.parse(readFileSync(`${dataDir}/secrets.json`, "utf8")).demo.apiKey;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
const toScreen = [];
const delivery = [];
for (let i = 0; i < runs + 2; i++) {
  const res = await fetch(`${base}/api/v1/checkouts`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "idempotency-key": `bench-${i}-${Date.now()}`, "content-type": "application/json" },
    body: JSON.stringify({ amount: 1000 + i, currency: "EUR", description: "bench", merchantReference: `B-${i}`, returnUrl: `${base}/orders/B-${i}` }),
  });
  const { url } = await res.json();
  await page.goto(url);
  await page.getByRole("button", { name: "Pay with the Bancontact app" }).click();
  await page.waitForSelector('[data-testid=payment-status][data-status=PENDING]');
  const payload = await page.getAttribute("[data-testid=qr-code]", "data-payload");
  // Give the live stream a moment to connect, as a shopper's page would have.
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__changed = new Promise((resolve) => {
      const el = document.querySelector("[data-testid=payment-status]");
      const check = () => {
        const now = document.querySelector("[data-testid=payment-status]");
        if (now && now.getAttribute("data-status") === "IDENTIFIED") {
          observer.disconnect();
          resolve(Date.now());
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(el.closest("main") ?? document.body, { subtree: true, childList: true, attributes: true });
    });
  });
  const form = new URLSearchParams({ action: "scan" });
  const t0 = Date.now();
  await fetch(`${payload}/action`, { method: "POST", body: form, redirect: "manual" });
  const tAck = Date.now();
  const t1 = await page.evaluate(() => window.__changed);
  if (i >= 2) {
    toScreen.push(t1 - t0);
    delivery.push(tAck - t0);
  }
}
await browser.close();
console.log(`Bancontact callback to screen, ${runs} payments (first 2 discarded as warm-up):`);
console.log(`  scan in the app → status on the shopper's page: ${fmt(toScreen)}`);
console.log(`  scan in the app → callback verified, applied and acknowledged (sandbox's wait): ${fmt(delivery)}`);
console.log(`  hence acknowledgement → screen: about ${(pct(toScreen, 50) - pct(delivery, 50)).toFixed(1)} ms at the median`);
stop();
process.exit(0);
