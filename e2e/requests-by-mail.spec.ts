// The cardholder's recourse, end to end through a real SMTP server: an app instance of its own
// (PostgreSQL, SMTP_URL pointing at an smtp-server in this test) sends every mail over SMTP.
// - A paid order's receipt arrives; its refund link opens a request without signing in; staff
//   approve part of it in the inbox; the refund reaches the provider's sandbox; the cardholder
//   follows the outcome mail's link, sees it refunded, and gets a refund receipt.
// - A dispute is sent from the receipt and answered by staff; the cardholder reads the answer.
// - A monthly schedule on a saved card is stopped from its first charge's receipt: staff and the
//   merchant API see it stopped.
// Shopper and cardholder pages on a 390 px phone and staff on a desktop in the first; the other
// way round in the second.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { devices, expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { parseMail, smtpCapture, type ParsedMail } from "../test/smtp-capture";
import { createDatabase, dropDatabase, NEXT, sql } from "./instances";
import { DEMO_ROUTE, E2E_PORT, expectAccessible, fillCartAndCheckout, payAndSaveCard, payToBank, setRoutes, status } from "./helpers";

const PORT = E2E_PORT + 8;
const BASE = `http://localhost:${PORT}`;
const DATA_DIR = ".data/e2e-mail";
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, userAgent: devices["Pixel 7"].userAgent, isMobile: true, hasTouch: true };
const DESKTOP: BrowserContextOptions = {};

test.describe("receipts and requests by mail, through a real SMTP server", () => {
  test.use({ baseURL: BASE });
  const smtp = smtpCapture();
  let server: ChildProcess | undefined;
  let output = "";
  let dbName = "";
  let dbUrl = "";
  let secrets: { demo: { apiKey: string; staffPassword: string } };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const smtpUrl = await smtp.start();
    ({ name: dbName, url: dbUrl } = await createDatabase("bc_e2e_mail"));
    rmSync(DATA_DIR, { recursive: true, force: true });
    const env = { ...process.env, PORT: String(PORT), DATA_DIR, DATABASE_URL: dbUrl, SMTP_URL: smtpUrl, APP_URL: BASE, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" };
    server = spawn(process.execPath, [NEXT, "start", "-p", String(PORT)], { env, stdio: ["ignore", "pipe", "pipe"] });
    server.stdout?.on("data", (c: Buffer) => (output += c.toString()));
    server.stderr?.on("data", (c: Buffer) => (output += c.toString()));
    await expect.poll(async () => (await fetch(`${BASE}/signin`).catch(() => null))?.status ?? 0, { timeout: 90_000 }).toBe(200);
    secrets = JSON.parse(readFileSync(path.resolve(DATA_DIR, "secrets.json"), "utf8")) as typeof secrets;
  });

  test.afterAll(async () => {
    if (server?.exitCode === null) server.kill("SIGKILL");
    await smtp.stop();
    await dropDatabase(dbName);
  });

  test.afterEach(async ({}, info) => {
    if (info.status !== info.expectedStatus) console.log(`app output:\n${output.slice(-4000)}`);
  });

  /** The one mail to `to` whose subject matches, once it has arrived over SMTP. */
  async function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
    let found: ParsedMail[] = [];
    await expect
      .poll(
        async () => {
          const parsed = await Promise.all(smtp.received.filter((m) => m.to.includes(to)).map((m) => parseMail(m.raw)));
          found = parsed.filter((m) => subject.test(m.subject));
          return found.length;
        },
        { timeout: 30_000, message: `a mail to ${to} about ${subject}` },
      )
      .toBe(1);
    return found[0]!;
  }

  /** The absolute link of one of the cardholder's pages about a payment, as a mail carries it. */
  function linkIn(mail: ParsedMail, page: "receipt" | "refund" | "dispute" | "stop" | "requests"): string {
    const link = new RegExp(`${BASE}/payments/pay_[a-z2-7]{20}/${page}\\?t=[\\w.-]+`).exec(mail.text)?.[0];
    expect(link, `a ${page} link in "${mail.subject}"`).toBeTruthy();
    // The HTML part carries the same link.
    expect(mail.html).toContain(link!);
    return link!;
  }

  async function newPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
    return (await browser.newContext({ ...options, baseURL: BASE })).newPage();
  }

  async function signInAsStaff(browser: Browser, options: BrowserContextOptions): Promise<Page> {
    const page = await newPage(browser, options);
    await page.goto("/signin");
    await page.getByLabel("Email address").nth(1).fill("staff@maison-praline.test");
    await page.getByLabel("Password").fill(secrets.demo.staffPassword);
    await page.getByRole("button", { name: "Sign in as staff" }).click();
    await expect(page).toHaveURL(/\/merchant$/);
    return page;
  }

  /** A shopper pays the demo cart (€33.45) at WooshPay's bank page, leaving an email for the receipt. */
  async function payOrder(browser: Browser, options: BrowserContextOptions, email: string): Promise<void> {
    const shopper = await newPage(browser, options);
    await fillCartAndCheckout(shopper, email);
    await payToBank(shopper);
    await shopper.getByRole("button", { name: "Approve payment" }).click();
    await expect(status(shopper)).toHaveAttribute("data-status", "PAID");
    await shopper.context().close();
  }

  test("a refund asked from the receipt mail is part-approved by staff, reaches the sandbox and is receipted", async ({ browser }) => {
    test.setTimeout(180_000);
    const email = `refund.${Date.now()}@example.com`;
    await payOrder(browser, PHONE, email);

    const receipt = await mailTo(email, /^Payment of €33\.45 to Maison Praline$/);
    for (const part of ["Maison Praline", "€33.45", "Box of 24 pralines"]) expect(receipt.text).toContain(part);
    expect(receipt.html).toContain('<html lang="en">');

    // The refund link alone, in a browser signed in nowhere, opens the request form.
    const holder = await newPage(browser, PHONE);
    await holder.goto(linkIn(receipt, "refund"));
    await expect(holder.getByRole("heading", { level: 1, name: "Request a refund" })).toBeVisible();
    await expectAccessible(holder);
    await holder.getByLabel("Part of it").check();
    await holder.getByLabel("Amount in EUR").fill("6.00");
    await holder.getByLabel("Why do you ask for a refund?").fill("Two pralines were missing from the box");
    await holder.getByRole("button", { name: "Send" }).click();
    await expect(holder.getByTestId("request-state")).toHaveText("Sent: waiting for Maison Praline");
    await expectAccessible(holder);

    // Staff approve €4.00 of the €6.00 asked.
    const staff = await signInAsStaff(browser, DESKTOP);
    await staff.getByRole("link", { name: "Requests" }).click();
    const request = staff.getByTestId("cardholder-request").filter({ hasText: email });
    await expect(request).toContainText("Asked €6.00");
    await expect(request).toContainText("Two pralines were missing from the box");
    await expectAccessible(staff);
    await request.getByLabel("Amount to refund in EUR (empty: what was asked)").fill("4.00");
    await request.getByRole("button", { name: "Approve the refund" }).click();
    await expect(staff.getByRole("status")).toHaveText("Answered. The cardholder was emailed.");
    await expect(request).toHaveAttribute("data-state", "answered");
    await expect(request).toContainText("Refund · Refunded");
    await expect(request).toContainText("€4.00");
    await expectAccessible(staff);

    // The refund reached WooshPay's sandbox, for €4.00 of that payment.
    const paymentId = /\/payments\/(pay_[a-z2-7]{20})\//.exec(linkIn(receipt, "receipt"))![1]!;
    const [payment] = await sql<{ ref: string }>(dbUrl, `SELECT "providerPaymentId" AS ref FROM "Payment" WHERE id = $1`, [paymentId]);
    expect(await sql(dbUrl, `SELECT provider, amount FROM "SandboxRefund" WHERE "paymentRef" = $1`, [payment!.ref])).toEqual([{ provider: "wooshpay", amount: 400 }]);
    await staff.goto(`/merchant/payments/${paymentId}`);
    await expect(staff.getByTestId("refunded-amount")).toHaveText("€4.00");

    // The cardholder is told, follows the mail's link and sees the refund; its receipt arrives.
    const outcome = await mailTo(email, /^Maison Praline answered your request$/);
    expect(outcome.text).toContain("Maison Praline approved a refund of €4.00 of what you asked.");
    await holder.goto(linkIn(outcome, "requests"));
    await expect(holder.getByTestId("request-state")).toHaveText("Refunded: €4.00");
    await expectAccessible(holder);
    const refundReceipt = await mailTo(email, /^Refund of €4\.00 from Maison Praline$/);
    expect(refundReceipt.text).toContain("€33.45");
    expect(refundReceipt.html).toContain('<html lang="en">');
  });

  test("a dispute sent from the receipt mail is answered by staff and the cardholder reads the answer", async ({ browser }) => {
    test.setTimeout(180_000);
    const email = `dispute.${Date.now()}@example.com`;
    await payOrder(browser, DESKTOP, email);
    const receipt = await mailTo(email, /^Payment of €33\.45 to Maison Praline$/);

    const holder = await newPage(browser, DESKTOP);
    await holder.goto(linkIn(receipt, "receipt"));
    await holder.getByRole("link", { name: "Dispute this payment" }).click();
    await expect(holder.getByRole("heading", { level: 1, name: "Dispute this payment" })).toBeVisible();
    await holder.getByLabel("What is wrong?").selectOption({ label: "It is not as described" });
    await holder.getByLabel("Tell Maison Praline what happened").fill("The speculoos tin held biscuits of another brand.");
    await expectAccessible(holder);
    await holder.getByRole("button", { name: "Send" }).click();
    await expect(holder.getByTestId("request-state")).toHaveText("Sent: waiting for Maison Praline");

    const staff = await signInAsStaff(browser, PHONE);
    await staff.getByRole("link", { name: "Requests" }).click();
    const dispute = staff.getByTestId("cardholder-request").filter({ hasText: email });
    await expect(dispute).toContainText("The speculoos tin held biscuits of another brand.");
    await expect(staff.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true);
    await expectAccessible(staff);
    await dispute.getByLabel("Your answer (the cardholder reads it)").fill("We are sending the right tin today.");
    await dispute.getByRole("button", { name: "Send the answer" }).click();
    await expect(staff.getByRole("status")).toHaveText("Answered. The cardholder was emailed.");
    await expect(dispute).toHaveAttribute("data-state", "answered");
    await expect(dispute).toContainText("We are sending the right tin today.");

    const outcome = await mailTo(email, /^Maison Praline answered your request$/);
    expect(outcome.text).toContain("We are sending the right tin today.");
    await holder.goto(linkIn(outcome, "requests"));
    const shown = holder.getByTestId("request");
    await expect(shown.getByTestId("request-state")).toHaveText("Answered");
    await expect(shown).toContainText("We are sending the right tin today.");
    await expectAccessible(holder);
  });

  test("a monthly schedule is stopped from its first charge's receipt mail", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const email = `stop.${Date.now()}@example.com`;

    // The cardholder signs in (the link comes over SMTP) and saves a card (PPRO, first in the demo's linking route).
    const holder = await newPage(browser, PHONE);
    await holder.goto("/signin");
    await holder.getByLabel("Email address").first().fill(email);
    await holder.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(holder.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const signIn = await mailTo(email, /sign-in link/i);
    await holder.goto(new RegExp(`${BASE}/api/auth/callback/email\\?\\S+`).exec(signIn.text)![0]);
    const created = await request.post(`${BASE}/api/v1/checkouts`, {
      headers: { authorization: `Bearer ${secrets.demo.apiKey}`, "idempotency-key": `stop-${Date.now()}` },
      data: { amount: 2500, currency: "EUR", description: "First box", merchantReference: `STOP-${Date.now()}`, returnUrl: `${BASE}/orders/STOP` },
    });
    expect(created.status()).toBe(201);
    // The legacy API links the card.
    const settings = await signInAsStaff(browser, DESKTOP);
    await setRoutes(settings, DEMO_ROUTE, ["ppro-legacy"]);
    await settings.context().close();
    await holder.goto(((await created.json()) as { url: string }).url);
    // A new cardholder is asked to accept the merchant's terms.
    await expect(holder.getByRole("checkbox", { name: "I accept Maison Praline's terms for saved cards" })).toBeVisible();
    await payAndSaveCard(holder);
    await expect(status(holder)).toHaveAttribute("data-status", "PAID");

    // Staff charge the card every month; the first charge's receipt carries the stop link.
    const staff = await signInAsStaff(browser, DESKTOP);
    await staff.getByRole("link", { name: "Saved cards" }).click();
    const card = staff.getByTestId("merchant-card").filter({ hasText: email });
    const form = card.getByTestId("charge-card-form");
    await form.getByLabel("Amount in EUR").fill("9.99");
    await form.getByLabel("Description").fill("Monthly pralines");
    await form.getByLabel("Your reference").fill(`SUB-${Date.now()}`);
    await form.getByRole("radio", { name: "Every month, until stopped" }).check();
    await form.getByRole("button", { name: "Charge the card" }).click();
    await expect(card.getByTestId("charge-result")).toContainText("The schedule is set");

    const firstCharge = await mailTo(email, /^Payment of €9\.99 to Maison Praline$/);
    expect(firstCharge.text).toContain("Monthly pralines");
    const reader = await newPage(browser, PHONE);
    await reader.goto(linkIn(firstCharge, "stop"));
    await expect(reader.getByRole("heading", { level: 1, name: "Stop future payments" })).toBeVisible();
    await expect(reader.getByRole("radio", { name: "Stop this schedule: Monthly pralines" })).toBeChecked();
    await expectAccessible(reader);
    await reader.getByRole("button", { name: "Send" }).click();
    await expect(reader.getByTestId("request-state")).toHaveText("Done: stopped");
    await expectAccessible(reader);

    // Staff see it stopped by the cardholder, and so does the merchant API.
    await staff.reload();
    const schedule = staff.getByTestId("merchant-card").filter({ hasText: email }).getByTestId("merchant-schedule");
    await expect(schedule.getByTestId("schedule-status")).toHaveText(/^Stopped/);
    const [row] = await sql<{ id: string }>(dbUrl, `SELECT s.id FROM "WipSchedule" s JOIN "Cardholder" c ON c.id = s."cardholderId" WHERE c.email = $1`, [email]);
    const api = await request.get(`${BASE}/api/v1/schedules/${row!.id}`, { headers: { authorization: `Bearer ${secrets.demo.apiKey}` } });
    expect(api.status()).toBe(200);
    expect(await api.json()).toMatchObject({ status: "STOPPED", stoppedBy: "cardholder", nextChargeAt: null });
  });
});
