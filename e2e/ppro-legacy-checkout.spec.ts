// PPRO's legacy TRANSACTION API: one-off payments (link and pay: linked-cards.spec.ts).
import { expect, test } from "@playwright/test";
import { createCheckout, DEMO_ROUTE, expectAccessible, fillShopperName, openInAppSimulator, otherDevice, PAY_APP, routeThrough, status, WIDTHS } from "./helpers";

const ONE_OFF = PAY_APP;

// The legacy API serves the merchant's payments.
test.beforeAll(async ({ browser }) => routeThrough(browser, ["ppro-legacy"]));
test.afterAll(async ({ browser }) => routeThrough(browser, DEMO_ROUTE));

test("one-off payment through the bank page", async ({ page, request }) => {
  const checkout = await createCheckout(request, { amount: 1055 });
  await page.goto(checkout.url);
  await fillShopperName(page);
  await page.getByRole("button", { name: ONE_OFF, exact: true }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PENDING");
  await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
  await expect(page.getByTestId("bank-amount")).toContainText("10.55");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  await expect(page.getByTestId("linked-card")).toHaveCount(0);
});

test("one-off payment above 500 EUR goes through: the WIP cap is for WIP only", async ({ page, request }) => {
  const checkout = await createCheckout(request, { amount: 75_000 });
  await page.goto(checkout.url);
  await fillShopperName(page);
  await page.getByRole("button", { name: ONE_OFF, exact: true }).click();
  await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
  await expect(page.getByTestId("bank-amount")).toContainText("750.00");
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
});

test("one-off payment by scanning the BEP code in the app", async ({ page, browser, request }) => {
  const checkout = await createCheckout(request, { amount: 1200 });
  await page.goto(checkout.url);
  await fillShopperName(page);
  await page.getByRole("button", { name: ONE_OFF, exact: true }).click();
  const payload = (await page.getByTestId("qr-code").getAttribute("data-payload"))!;
  expect(payload).toMatch(/^BEP:\/\/.+\/BCMC\/\d+\$/);
  // No deadline from PPRO: the page counts down to the checkout's.
  await expect(page.getByTestId("countdown")).toContainText(/Expires in [1-6]?\d:\d\d/);
  const phone = await otherDevice(browser);
  await openInAppSimulator(phone, payload);
  await expectAccessible(phone);
  await phone.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  await phone.context().close();
});

test("declined and abandoned at the bank", async ({ page, request }) => {
  for (const [button, expected] of [
    ["Decline payment", "FAILED"],
    ["Back to the shop without paying", "PENDING"],
  ] as const) {
    const checkout = await createCheckout(request, { amount: 700 });
    await page.goto(checkout.url);
    await fillShopperName(page);
    await page.getByRole("button", { name: ONE_OFF, exact: true }).click();
    await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
    await page.getByRole("button", { name: button }).click();
    await expect(status(page)).toHaveAttribute("data-status", expected);
  }
});

test.describe("phone", () => {
  test.use(WIDTHS[1][1]);

  test("the Bancontact app opens from the page, the QR code folded below as the fallback: paid", async ({ page, browser, request }) => {
    const checkout = await createCheckout(request, { amount: 1340 });
    await page.goto(checkout.url);
    await fillShopperName(page);
    await page.getByRole("button", { name: ONE_OFF, exact: true }).click();
    await expect(status(page)).toHaveText("Waiting for you to confirm in the Bancontact app.");
    const open = page.getByRole("link", { name: "Open the Bancontact app" });
    const intent = (await open.getAttribute("href"))!;
    expect(intent).toMatch(/^bepgenapp:\/\/DoTx\?TransId=.+\/BCMC\/\d+\$/);
    await expect(page.getByTestId("qr-code")).toBeHidden();
    await page.getByText("Show the QR code instead").click();
    await expect(page.getByTestId("qr-code")).toHaveAttribute("data-payload", `BEP://${intent.split("TransId=")[1]}`);
    await expect(page.getByTestId("countdown")).toBeVisible();
    await expectAccessible(page);
    // The browser cannot open the app's scheme here: the simulator plays the app.
    const app = await otherDevice(browser);
    await openInAppSimulator(app, intent);
    await expect(app.getByTestId("bank-amount")).toContainText("13.40");
    await app.getByRole("button", { name: "Approve payment" }).click();
    await expect(status(page)).toHaveAttribute("data-status", "PAID");
    await app.context().close();
  });
});
