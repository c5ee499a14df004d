// Shared steps of the end-to-end tests.
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { devices, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { PROVIDER_NAMES, type ProviderId } from "../lib/payments/providers";

type Secrets = { demo: { apiKey: string; staffPassword: string } };
const secrets = (): Secrets => JSON.parse(readFileSync(path.resolve(".data/e2e/secrets.json"), "utf8")) as Secrets;

/** Port of the e2e server (playwright.config.ts); specs that start servers of their own use the next ones. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE = `http://localhost:${E2E_PORT}`;

export const demoApiKey = () => secrets().demo.apiKey;
export const demoStaffPassword = () => secrets().demo.staffPassword;

/** axe must find nothing on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  // After a client-side navigation the title arrives with the streamed metadata.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The demo merchant's staff member signs in with the password and lands on the payments list. */
export async function signInAsDemoStaff(page: Page): Promise<void> {
  // The suite signs staff in far more often than the per-address limit on password attempts
  // allows in 15 minutes (30): the session of the first sign-in is reused while it is valid (the
  // sign-in form itself is tried in sign-in.spec.ts and rate-limits.spec.ts).
  if (staffSession) {
    await page.context().addCookies(staffSession);
    await page.goto("/merchant");
    if (/\/merchant$/.test(new URL(page.url()).pathname)) return;
    await page.context().clearCookies();
  }
  await page.goto("/signin");
  await page.getByLabel("Email address").nth(1).fill("staff@maison-praline.test");
  await page.getByLabel("Password").fill(demoStaffPassword());
  await page.getByRole("button", { name: "Sign in as staff" }).click();
  await expect(page).toHaveURL(/\/merchant$/);
  staffSession = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
}

let staffSession: Awaited<ReturnType<BrowserContext["cookies"]>> | null = null;

export async function fillCartAndCheckout(page: Page, email?: string): Promise<void> {
  await page.goto("/");
  await page.getByRole("button", { name: /Box of 24 pralines/ }).click();
  await expect(page.getByRole("link", { name: "Cart (1)" })).toBeVisible();
  await page.getByRole("button", { name: /Speculoos tin/ }).click();
  await expect(page.getByRole("link", { name: "Cart (2)" })).toBeVisible();
  await page.getByRole("link", { name: "Cart (2)" }).click();
  await expect(page.getByTestId("cart-total")).toHaveText("€33.45");
  if (email) await page.getByLabel("Email for your receipt (optional)").fill(email);
  await page.getByRole("button", { name: "Go to payment" }).click();
  await expect(page).toHaveURL(/\/checkout\/chk_/);
  await expect(page.getByTestId("checkout-amount")).toHaveText("€33.45");
}

/** Types the shopper's full name, which PPRO, PPRO (legacy) and WooshPay need, on the checkout page. */
export async function fillShopperName(page: Page, name = "Ann Peeters"): Promise<void> {
  await page.getByRole("textbox", { name: "Full name" }).fill(name);
}

/** The one Bancontact choice's buttons: the app (QR code on a desktop), the bank page, or the bank page when the first in line has no app. */
export const PAY_APP = "Pay with the Bancontact app";
export const PAY_BANK = "Pay on your bank's page";
export const PAY = "Pay with Bancontact";

/** The bank page through the demo's route: WooshPay is its first provider with a bank page. */
export async function payToBank(page: Page): Promise<void> {
  await fillShopperName(page);
  await page.getByRole("button", { name: PAY_BANK, exact: true }).click();
  await expect(page).toHaveURL(/\/sandbox\/wooshpay\/authorize\/pi_/);
  await expect(page.getByTestId("bank-amount")).toHaveText("€33.45");
}

export async function createCheckout(request: APIRequestContext, body: Record<string, unknown> = {}) {
  const res = await request.post("/api/v1/checkouts", {
    headers: { authorization: `Bearer ${demoApiKey()}`, "idempotency-key": `e2e-${Math.random()}` },
    data: { amount: 1999, currency: "EUR", description: "E2E order", merchantReference: `E2E-${Date.now()}`, returnUrl: `${E2E_BASE}/orders/E2E`, ...body },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string; url: string };
}

export const status = (page: Page) => page.getByTestId("payment-status");

/** Another device (the consumer's phone, a bank's screen): a browser of its own. */
export async function otherDevice(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Opens a QR payload or app intent in the Bancontact app simulator. */
export async function openInAppSimulator(phone: Page, payload: string): Promise<void> {
  await phone.goto("/sandbox/bancontact/app");
  await phone.getByLabel("QR payload or deep link").fill(payload);
  await phone.getByRole("button", { name: "Open" }).click();
  await expect(phone.getByTestId("bank-amount")).toBeVisible();
}

export async function paymentOf(request: APIRequestContext, checkoutId: string) {
  const res = await request.get(`/api/v1/checkouts/${checkoutId}`, { headers: { authorization: `Bearer ${demoApiKey()}` } });
  return (await res.json()) as { status: string; payments: { id: string; status: string; failure: { code: string; message: string } | null }[] };
}

/**
 * A cardholder signs in by email link, read from the development mailbox. `from` is the page
 * where the sign-in form is (with its `next`), and the link brings them back where it says.
 */
export async function signInAsCardholder(page: Page, email: string, from = "/signin"): Promise<void> {
  if (page.url() !== new URL(from, E2E_BASE).toString()) await page.goto(from);
  await page.getByLabel("Email address").first().fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mailbox = await page.context().newPage();
  await mailbox.goto("/sandbox/mailbox");
  // The newest sign-in mail to them (receipts go to the same address).
  const signInMail = mailbox.getByTestId("mail").filter({ hasText: email }).filter({ has: mailbox.getByRole("heading", { name: "Your sign-in link" }) });
  const link = await signInMail.first().getByRole("link").getAttribute("href");
  await mailbox.close();
  await page.goto(link!);
}

/** The two widths every user flow is tried at: a desktop, and a 390-pixel phone. */
export const WIDTHS = [
  ["desktop", {}],
  ["phone", { viewport: { width: 390, height: 844 }, userAgent: devices["Pixel 7"].userAgent, isMobile: true, hasTouch: true }],
] as const;

/**
 * A cardholder signs in, pays a checkout and saves the card through whichever provider is first in
 * the demo's linking route (specs that need the legacy API route it first); their page stays open.
 */
export async function linkCard(browser: Browser, request: Parameters<typeof createCheckout>[0], email: string, use: object = {}): Promise<Page> {
  const page = await (await browser.newContext(use)).newPage();
  await signInAsCardholder(page, email);
  const checkout = await createCheckout(request, { amount: 2500 });
  await page.goto(checkout.url);
  await payAndSaveCard(page);
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  return page;
}

/** On a checkout: tick "save my card" (and the terms if asked), pay on the bank's page and approve. */
export async function payAndSaveCard(page: Page): Promise<void> {
  await page.getByRole("checkbox", { name: "Save my card for later payments to this shop" }).check();
  const terms = page.getByRole("checkbox", { name: "I accept Maison Praline's terms for saved cards" });
  if ((await terms.count()) > 0) await terms.check();
  await fillShopperName(page);
  await page.getByRole("button", { name: PAY_APP, exact: true }).click();
  await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
  await page.getByRole("button", { name: "Approve payment" }).click();
}

/** The demo merchant's routes as seeded (lib/db/seed.ts). */
export const DEMO_ROUTE: readonly ProviderId[] = ["bancontact", "wooshpay", "ppro", "ppro-legacy", "worldpay"];
export const DEMO_LINKING: readonly ProviderId[] = ["ppro", "ppro-legacy"];

/**
 * Staff set the demo merchant's routes on the settings page, as a merchant would: tick the
 * providers in use, save, then move each up until the list reads as wanted. A spec that routes
 * otherwise sets DEMO_ROUTE back when done, so the others find the demo as seeded.
 */
export async function routeThrough(browser: Browser, payment: readonly ProviderId[], linking: readonly ProviderId[] = DEMO_LINKING): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsDemoStaff(page);
  await setRoutes(page, payment, linking);
  await context.close();
}

/** The same, for a staff member already signed in on `page` (a server of a spec's own). */
export async function setRoutes(page: Page, payment: readonly ProviderId[], linking: readonly ProviderId[]): Promise<void> {
  await page.goto("/merchant/settings");
  await setRoute(page, "payment", payment);
  await setRoute(page, "linking", linking);
}

async function setRoute(page: Page, kind: "payment" | "linking", target: readonly ProviderId[]): Promise<void> {
  const form = page.getByTestId(`routing-${kind}`);
  const rows = form.getByTestId("route-row");
  const shown = () => rows.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute("data-provider") ?? "", used: e.getAttribute("data-used") === "true" })));
  const used = async () => (await shown()).filter((r) => r.used).map((r) => r.id);
  if ((await used()).join() === target.join()) return;
  for (const row of await shown()) await form.getByRole("checkbox", { name: PROVIDER_NAMES[row.id as ProviderId], exact: true }).setChecked(target.includes(row.id as ProviderId));
  await form.getByRole("button", { name: "Save order" }).click();
  await expect(page).toHaveURL(new RegExp(`route=${kind}`));
  await expect.poll(async () => (await used()).sort().join()).toBe([...target].sort().join());
  for (const [i, id] of target.entries()) {
    for (let at = (await used()).indexOf(id); at > i; at--) {
      await form.getByRole("button", { name: `Move ${PROVIDER_NAMES[id]} up` }).click();
      await expect.poll(async () => (await used()).indexOf(id)).toBe(at - 1);
    }
  }
  expect(await used()).toEqual([...target]);
}

/** Whether the page fits its width (nothing scrolls sideways). */
export const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** A checkout created through the API and paid with the Bancontact app (scanned and confirmed); its payment id. */
export async function paidWithApp(page: Page, request: APIRequestContext, amount: number, merchantReference: string, customerEmail: string): Promise<string> {
  const checkout = await createCheckout(request, { amount, merchantReference, customerEmail });
  await page.goto(checkout.url);
  await page.getByRole("button", { name: PAY_APP }).click();
  const payload = await page.getByTestId("qr-code").getAttribute("data-payload");
  for (const action of ["scan", "confirm"]) {
    expect((await request.post(`${payload}/action`, { form: { action }, maxRedirects: 0 })).status()).toBe(303);
  }
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  return new URL(page.url()).searchParams.get("payment")!;
}
