// Bancontact app payments through the Payment API v3 sandbox: QR code on a desktop, deep link on
// a phone, with the status following the app simulator live.
import { devices, expect, test, type Browser, type Page } from "@playwright/test";
import { createCheckout, demoApiKey, expectAccessible, status } from "./helpers";

async function payWithApp(page: Page, checkoutUrl: string): Promise<string> {
  await page.goto(checkoutUrl);
  await page.getByRole("button", { name: "Pay with the Bancontact app" }).click();
  await expect(page).toHaveURL(/\/return\?payment=pay_/);
  await expect(status(page)).toHaveAttribute("data-status", "PENDING");
  const payload = await page.getByTestId("qr-code").getAttribute("data-payload");
  expect(payload).toMatch(/\/sandbox\/bancontact\/app\/pay\/2\/[A-Za-z0-9]{24}$/);
  return payload!;
}

async function openInApp(phone: Page, payload: string): Promise<void> {
  await phone.goto("/sandbox/bancontact/app");
  await phone.getByLabel("QR payload or deep link").fill(payload);
  await phone.getByRole("button", { name: "Open" }).click();
  await expect(phone.getByTestId("app-status")).toHaveText("Status: PENDING");
}

/** The consumer's phone (or the sandbox's dashboard): a browser of its own, not a tab of the shopper's. */
async function phoneOf(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function setDelivery(page: Page, mode: "normal" | "twice" | "reverse"): Promise<void> {
  await page.goto("/sandbox/bancontact");
  await page.locator(`input[name=mode][value=${mode}]`).check();
  await page.getByRole("button", { name: "Save delivery mode" }).click();
  await expect(page.locator(`input[name=mode][value=${mode}]`)).toBeChecked();
}

test.describe("desktop", () => {
  test("QR code to paid, the status line following the app", async ({ page, browser, request }) => {
    const checkout = await createCheckout(request, { amount: 4250 });
    const payload = await payWithApp(page, checkout.url);
    await expect(status(page)).toHaveText("Waiting for you to scan the QR code.");
    await expect(page.getByRole("img", { name: "QR code to pay €42.50 to Maison Praline" })).toBeVisible();
    await expect(page.getByTestId("countdown")).toContainText(/Expires in 1?\d:\d\d/);
    await expectAccessible(page);
    await page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 7));

    const phone = await phoneOf(browser);
    await openInApp(phone, payload);
    await expect(phone.getByTestId("app-amount")).toHaveText("€42.50");
    await expectAccessible(phone);
    await phone.getByRole("button", { name: "Scan the payment" }).click();
    await expect(phone.getByTestId("app-status")).toHaveText("Status: IDENTIFIED");
    await expect(status(page)).toHaveAttribute("data-status", "IDENTIFIED");
    await expect(status(page)).toHaveText("Payment scanned: confirm it in your Bancontact app.");
    // The code has done its work: the page points to the app, still counting down.
    await expect(page.getByTestId("confirm-in-app")).toHaveText("Confirm the payment in your Bancontact app.");
    await expect(page.getByTestId("qr-code")).toHaveCount(0);
    await expect(page.getByText("Scan this QR code with the Bancontact app.")).toHaveCount(0);
    await expect(page.getByTestId("countdown")).toContainText(/Expires in 1?\d:\d\d/);
    await expectAccessible(page);

    await phone.getByRole("button", { name: "Confirm payment" }).click();
    await expect(phone.getByTestId("app-status")).toHaveText("Status: SUCCEEDED");
    await expect(status(page)).toHaveAttribute("data-status", "PAID");
    await expect(page.getByTestId("receipt")).toContainText("€42.50");
    expect(await page.evaluate(() => (window as unknown as { __mark?: number }).__mark)).toBe(7);
    await expectAccessible(page);
  });

  test("declined by the bank, then a fresh payment", async ({ page, browser, request }) => {
    const checkout = await createCheckout(request);
    const payload = await payWithApp(page, checkout.url);
    const phone = await phoneOf(browser);
    await openInApp(phone, payload);
    await phone.getByRole("button", { name: "Scan the payment" }).click();
    await phone.getByRole("button", { name: "Decline (bank refuses)" }).click();
    await expect(phone.getByTestId("app-status")).toHaveText("Status: AUTHORIZATION_FAILED");
    await expect(status(page)).toHaveAttribute("data-status", "FAILED");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(status(page)).toHaveAttribute("data-status", "PENDING");
    const second = await page.getByTestId("qr-code").getAttribute("data-payload");
    expect(second).not.toBe(payload);
  });

  test("expiry", async ({ page, browser, request }) => {
    const checkout = await createCheckout(request);
    const payload = await payWithApp(page, checkout.url);
    const phone = await phoneOf(browser);
    await openInApp(phone, payload);
    await phone.getByRole("button", { name: "Let it expire" }).click();
    await expect(phone.getByTestId("app-status")).toHaveText("Status: EXPIRED");
    await expect(status(page)).toHaveAttribute("data-status", "EXPIRED");
    await expect(status(page)).toHaveText("The payment expired. No money was taken.");
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  });

  test("cancel at the provider", async ({ page, browser, request }) => {
    const checkout = await createCheckout(request);
    const payload = await payWithApp(page, checkout.url);
    await page.getByRole("button", { name: "Cancel payment" }).click();
    await expect(status(page)).toHaveAttribute("data-status", "CANCELLED");
    const phone = await phoneOf(browser);
    await phone.goto(payload);
    await expect(phone.getByTestId("app-status")).toHaveText("Status: CANCELLED");
    await expect(phone.getByRole("button", { name: "Scan the payment" })).toHaveCount(0);
  });

  test("callbacks delivered out of order, then twice: paid once", async ({ page, browser, request }) => {
    const admin = await phoneOf(browser);
    try {
      for (const mode of ["reverse", "twice"] as const) {
        await setDelivery(admin, mode);
        const checkout = await createCheckout(request);
        const payload = await payWithApp(page, checkout.url);
        const phone = await phoneOf(browser);
        await openInApp(phone, payload);
        await phone.getByRole("button", { name: "Scan the payment" }).click();
        await phone.getByRole("button", { name: "Confirm payment" }).click();
        await expect(phone.getByTestId("app-status")).toHaveText("Status: SUCCEEDED");
        await phone.context().close();
            await expect(status(page)).toHaveAttribute("data-status", "PAID");
        const res = await request.get(`/api/v1/checkouts/${checkout.id}`, { headers: { authorization: `Bearer ${demoApiKey()}` } });
        const body = await res.json();
        expect(body.status).toBe("PAID");
        expect(body.payments).toHaveLength(1);
        expect(body.payments[0].status).toBe("PAID");
      }
    } finally {
      await setDelivery(admin, "normal");
      await admin.context().close();
    }
  });
});

// A phone's viewport, touch and user agent, in the project's own Chromium.
const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
const pixel = { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch };

test.describe("phone", () => {
  test.use(pixel);

  test("deep link into the app, back to the browser, paid", async ({ page, request }) => {
    const checkout = await createCheckout(request, { amount: 1250 });
    await page.goto(checkout.url);
    await page.getByRole("button", { name: "Pay with the Bancontact app" }).click();
    await expect(status(page)).toHaveText("Waiting for you to confirm in the Bancontact app.");
    const open = page.getByTestId("open-app");
    await expect(open).toHaveText("Open the Bancontact app");
    await expect(page.getByTestId("qr-code")).toBeHidden();
    await page.getByText("Show the QR code instead").click();
    await expect(page.getByTestId("qr-code")).toBeVisible();
    await expectAccessible(page);
    await open.click();
    await expect(page.getByTestId("app-amount")).toHaveText("€12.50");
    await page.getByRole("button", { name: "Scan the payment" }).click();
    await page.getByRole("button", { name: "Confirm payment" }).click();
    await page.getByRole("link", { name: "Back to the shop" }).click();
    await expect(status(page)).toHaveAttribute("data-status", "PAID");
  });
});
