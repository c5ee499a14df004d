// A merchant's charge on a PPRO-linked card that the issuer wants the cardholder to authenticate
// (the PPRO sandbox's magic amount 77.77 EUR): the cardholder is mailed a link to their page for
// the charge, which asks anyone else to sign in and brings them back, shows the QR code, the app
// link and the bank page, and follows the result live; the receipt follows by mail.
// The merchant charges through its API (POST /api/v1/linked-cards/{id}/charges). At desktop and
// phone width.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_LINKING, DEMO_ROUTE, demoApiKey, E2E_BASE, expectAccessible, fillCartAndCheckout, payAndSaveCard, routeThrough, signInAsCardholder, WIDTHS } from "./helpers";

const BASE = E2E_BASE;

// PPRO's agreements link the cards (the demo's linking route, set again in case a spec before changed it).
test.beforeAll(async ({ browser }) => routeThrough(browser, DEMO_ROUTE, DEMO_LINKING));

/** The merchant charges the cardholder's card through the merchant API, as its server would. */
async function merchantCharges(request: APIRequestContext, email: string, amount: number): Promise<{ paymentId: string; outcome: string }> {
  const auth = { authorization: `Bearer ${demoApiKey()}` };
  const cards = ((await (await request.get("/api/v1/linked-cards?limit=100", { headers: auth })).json()) as { data: { id: string; cardholderEmail: string }[] }).data;
  const card = cards.find((c) => c.cardholderEmail === email)!;
  const res = await request.post(`/api/v1/linked-cards/${card.id}/charges`, {
    headers: { ...auth, "idempotency-key": `waiting-${email}` },
    data: { amount, currency: "EUR", description: "Monthly praline box", reference: `BOX-${Date.now()}` },
  });
  expect(res.status()).toBe(201);
  const body = (await res.json()) as { outcome: string; payment: { id: string } };
  return { paymentId: body.payment.id, outcome: body.outcome };
}

/** The newest mail to `email` whose subject matches, as the development mailbox shows it. */
async function mailTo(page: Page, email: string, subject: RegExp) {
  const mailbox = await page.context().newPage();
  await mailbox.goto("/sandbox/mailbox");
  const mail = mailbox.getByTestId("mail").filter({ hasText: email }).filter({ has: mailbox.getByRole("heading", { name: subject }) }).first();
  await expect(mail).toBeVisible();
  const links = await mail.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const text = (await mail.textContent()) ?? "";
  await mailbox.close();
  return { links, text };
}

/** Links a card through PPRO agreements at a shop checkout, approved on the bank page. */
async function linkPproCard(page: Page): Promise<void> {
  await fillCartAndCheckout(page);
  await payAndSaveCard(page);
  await expect(page.getByTestId("linked-card")).toHaveText("Your Bancontact card is now saved to your account.");
}

async function otherBrowser(browser: Browser, use: object): Promise<Page> {
  return (await browser.newContext({ ...use, baseURL: BASE })).newPage();
}

for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("the cardholder confirms a charge that needs authentication from the emailed page", async ({ page, browser, request }) => {
      test.setTimeout(120_000);
      const email = `waiting.${name}.${Date.now()}@example.com`;
      await signInAsCardholder(page, email);
      await linkPproCard(page);

      const charge = await merchantCharges(request, email, 7777);
      expect(charge.outcome).toBe("waiting_for_cardholder");
      const asked = await mailTo(page, email, /^Maison Praline asks you to confirm a payment of €77\.77$/);
      const pageUrl = `${BASE}/account/charges/${charge.paymentId}`;
      expect(asked.links).toContain(pageUrl);
      expect(asked.text).toContain("Monthly praline box");

      // Opened where nobody is signed in: sign in first, and the link brings them back.
      const elsewhere = await otherBrowser(browser, use);
      await elsewhere.goto(pageUrl);
      await expect(elsewhere).toHaveURL(/\/signin\?next=%2Faccount%2Fcharges%2Fpay_/);
      await expectAccessible(elsewhere);
      await signInAsCardholder(elsewhere, email, elsewhere.url());
      await expect(elsewhere).toHaveURL(pageUrl);
      await expect(elsewhere.getByRole("heading", { name: "Confirm a payment" })).toBeVisible();
      await elsewhere.context().close();

      await page.goto(pageUrl);
      await expect(page.getByTestId("charge-merchant")).toHaveText("Maison Praline");
      await expect(page.getByTestId("charge-amount")).toHaveText("€77.77");
      await expect(page.getByText("Monthly praline box")).toBeVisible();
      await expect(page.getByTestId("charge-status")).toHaveText("Waiting for your confirmation.");
      if (name === "desktop") {
        await expect(page.getByTestId("qr-code")).toHaveAttribute("data-payload", /^BEP:\/\/1BANCONTACT\.SANDBOX\.LOCAL\/BEP\/LA\/charge_/);
        await expect(page.getByRole("link", { name: "Open in the Bancontact app" })).toHaveAttribute("href", /^bepgenapp:\/\/DoTx\?TransId=/);
      } else {
        await expect(page.getByTestId("open-app")).toHaveAttribute("href", /^bepgenapp:\/\/DoTx\?TransId=/);
        await expect(page.getByTestId("open-app")).toHaveText("Open in the Bancontact app");
      }
      const bank = page.getByRole("link", { name: "Confirm on your bank's page instead" });
      await expect(bank).toHaveAttribute("href", /\/sandbox\/ppro\/pay\/charge_/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectAccessible(page);

      // Confirmed on another device: this page follows without a reload.
      const device = await otherBrowser(browser, use);
      await device.goto((await bank.getAttribute("href"))!);
      await expect(device.getByTestId("bank-amount")).toHaveText("€77.77");
      await device.getByRole("button", { name: "Approve payment" }).click();
      // The bank page returns to the charge's page, which asks this unsigned device to sign in.
      await expect(device).toHaveURL(`${BASE}/signin?next=${encodeURIComponent(`/account/charges/${charge.paymentId}`)}`);
      await device.context().close();
      await expect(page.getByTestId("charge-status")).toHaveText("Payment confirmed. Thank you.");
      await expect(page.getByTestId("qr-code")).toHaveCount(0);
      await expectAccessible(page);

      const receipt = await mailTo(page, email, /^Payment of €77\.77 to Maison Praline$/);
      expect(receipt.text).toContain("Monthly praline box");
      expect(receipt.links).toContain(`${BASE}/account/cards`);
    });
  });
}
