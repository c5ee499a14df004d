// Security headers on every kind of answer, a fresh CSP nonce per request, and the main flows
// walked under the policy without a single violation.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { demoApiKey, E2E_BASE, fillCartAndCheckout, payToBank, signInAsDemoStaff, status } from "./helpers";

const STATIC = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

function expectStaticHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  for (const [k, v] of Object.entries(STATIC)) expect(h[k], `${k} on ${what}`).toBe(v);
  expect(h["permissions-policy"], `permissions-policy on ${what}`).toContain("camera=()");
  // Served over plain http here: no HSTS (a browser would ignore it anyway).
  expect(h["strict-transport-security"], `HSTS on ${what}`).toBeUndefined();
}

function nonceOf(res: APIResponse, what: string): string {
  const csp = res.headers()["content-security-policy"] ?? "";
  expect(csp, `CSP on ${what}`).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("unsafe-inline");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `nonce on ${what}`).toBeTruthy();
  return nonce!;
}

async function expectPageHeaders(res: APIResponse | null, what: string) {
  expect(res, what).not.toBeNull();
  expect(res!.status(), what).toBeLessThan(400);
  expectStaticHeaders(res!, what);
  const nonce = nonceOf(res!, what);
  // Next.js put this answer's nonce on its own scripts.
  expect(await res!.text(), `scripts of ${what} carry the nonce`).toContain(`nonce="${nonce}"`);
}

/** Records every CSP violation the page reports, through the DOM event and the console. */
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("console", (m) => {
    if (/CSP violation|Content Security Policy|Refused to/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
  });
  return seen;
}

test("pages, API answers, webhooks and static files carry the security headers", async ({ page, request }) => {
  await expectPageHeaders(await request.get("/"), "the shop");
  await expectPageHeaders(await request.get("/signin"), "the sign-in page");

  const created = await request.post("/api/v1/checkouts", {
    headers: { authorization: `Bearer ${demoApiKey()}`, "idempotency-key": `h-${Date.now()}` },
    data: { amount: 1500, currency: "EUR", description: "Headers", merchantReference: "H-1", returnUrl: `${E2E_BASE}/orders/H-1` },
  });
  expect(created.status()).toBe(201);
  expectStaticHeaders(created, "an API 201");
  nonceOf(created, "an API 201");
  const checkout = (await created.json()) as { url: string };
  await expectPageHeaders(await request.get(checkout.url), "the checkout page");

  const refused = await request.post("/api/v1/checkouts", { headers: { authorization: "Bearer wrong-key", "idempotency-key": "h-1" }, data: {} });
  expect(refused.status()).toBe(401);
  expectStaticHeaders(refused, "an API 401");
  nonceOf(refused, "an API 401");

  const webhook = await request.post("/api/webhooks/wooshpay", { data: { id: "evt_h", object: "event" }, headers: { "wooshpay-signature": "t=1,v1=00" } });
  expect(webhook.status()).toBe(400);
  expectStaticHeaders(webhook, "a webhook answer");
  nonceOf(webhook, "a webhook answer");

  // The QR page and a sandbox bank page, reached as a shopper does.
  await page.goto(checkout.url);
  await page.getByRole("button", { name: "Pay with the Bancontact app" }).click();
  await expect(page.getByTestId("qr-code")).toBeVisible();
  await expectPageHeaders(await request.get(page.url()), "the QR page");
  await fillCartAndCheckout(page);
  await payToBank(page);
  await expectPageHeaders(await request.get(page.url()), "a sandbox bank page");

  // A static file: the first script the shop page loads.
  const html = await (await request.get("/")).text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expectStaticHeaders(asset, "a static file");
});

test("every answer gets a nonce of its own", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) nonces.add(nonceOf(await request.get("/"), "the shop"));
  expect(nonces.size).toBe(3);
});

test("the main flows raise no CSP violation", async ({ page }) => {
  const violations = watchViolations(page);
  // Shop to checkout, then the sandbox bank page and back, paid.
  await fillCartAndCheckout(page);
  await payToBank(page);
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  // Back at the shop, which reads that the order is paid and empties the cart.
  await page.getByRole("link", { name: "Back to Maison Praline" }).click();
  await expect(page.getByTestId("order-status")).toContainText("Your payment was received");

  // The QR code page, and the app simulator's pages.
  await fillCartAndCheckout(page);
  await page.getByRole("button", { name: "Pay with the Bancontact app" }).click();
  await expect(page.getByTestId("qr-code")).toBeVisible();
  await expect(status(page)).toHaveAttribute("data-status", "PENDING");
  const payload = await page.getByTestId("qr-code").getAttribute("data-payload");
  await page.goto("/sandbox/bancontact/app");
  await page.getByLabel("QR payload or deep link").fill(payload!);
  await page.getByRole("button", { name: "Open" }).click();
  await expect(page.getByTestId("app-status")).toHaveText("Status: PENDING");

  // Staff sign-in to the merchant's payments.
  await signInAsDemoStaff(page);
  await expect(page.getByRole("heading", { name: "Payments" })).toBeVisible();

  expect(violations).toEqual([]);
});
