// PPRO payment agreements, one-off for a guest (linking: linked-cards.spec.ts): QR code on a desktop, app intent on a phone, and the
// bank page (REDIRECT); declines and abandons.
import { expect, test } from "@playwright/test";
import { createCheckout, DEMO_ROUTE, expectAccessible, fillShopperName, openInAppSimulator, otherDevice, PAY_APP, routeThrough, status, WIDTHS } from "./helpers";

const PAY = PAY_APP;

// PPRO serves the merchant's payments and links its cards.
test.beforeAll(async ({ browser }) => routeThrough(browser, ["ppro"], ["ppro"]));
test.afterAll(async ({ browser }) => routeThrough(browser, DEMO_ROUTE));

test.describe("desktop", () => {
  test("scan the QR code, approve in the app: paid", async ({ page, browser, request }) => {
    const checkout = await createCheckout(request, { amount: 2750 });
    await page.goto(checkout.url);
    await fillShopperName(page);
    await page.getByRole("button", { name: PAY, exact: true }).click();
    await expect(status(page)).toHaveAttribute("data-status", "PENDING");
    await expect(status(page)).toHaveText("Waiting for you to scan the QR code.");
    const payload = (await page.getByTestId("qr-code").getAttribute("data-payload"))!;
    expect(payload).toMatch(/^BEP:\/\//);
    await expect(page.getByRole("link", { name: "Pay on your bank's page instead" })).toBeVisible();
    // PPRO gives the payment no deadline: the page counts down to the checkout's (one hour).
    await expect(page.getByTestId("countdown")).toContainText(/Expires in [1-6]?\d:\d\d/);
    await expectAccessible(page);
    const phone = await otherDevice(browser);
    await openInAppSimulator(phone, payload);
    await expect(phone.getByTestId("bank-amount")).toContainText("27.50");
    await expectAccessible(phone);
    await phone.getByRole("button", { name: "Approve payment" }).click();
    await expect(status(page)).toHaveAttribute("data-status", "PAID");
    // A guest's agreement is one-off (EXACT amount): nothing is kept.
    await expect(page.getByTestId("linked-card")).toHaveCount(0);
    await phone.context().close();
  });

  test("above the merchant's WIP maximum the card is not saved: a one-off payment, paid", async ({ page, request }) => {
    // The demo merchant's WIP maximum is 250.00 EUR: no agreement could carry 600.00 EUR and allow later charges.
    const checkout = await createCheckout(request, { amount: 60_000 });
    await page.goto(checkout.url);
    // No "save my card": PPRO's agreement would have to exceed the maximum.
    await expect(page.getByRole("checkbox", { name: "Save my card for later payments to this shop" })).toHaveCount(0);
    await fillShopperName(page);
    await page.getByRole("button", { name: PAY, exact: true }).click();
    await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
    await expect(page.getByTestId("bank-amount")).toContainText("600.00");
    await page.getByRole("button", { name: "Approve payment" }).click();
    await expect(status(page)).toHaveAttribute("data-status", "PAID");
    await expect(page.getByTestId("linked-card")).toHaveCount(0);
  });

  test("the bank page (REDIRECT): approve, decline, abandon", async ({ page, request }) => {
    for (const [button, expected] of [
      ["Approve payment", "PAID"],
      ["Decline payment", "FAILED"],
      ["Back to the shop without paying", "PENDING"],
    ] as const) {
      const checkout = await createCheckout(request, { amount: 1500 });
      await page.goto(checkout.url);
      await fillShopperName(page);
      await page.getByRole("button", { name: PAY, exact: true }).click();
      await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
      await expect(page.getByTestId("bank-amount")).toContainText("15.00");
      await expectAccessible(page);
      await page.getByRole("button", { name: button }).click();
      await expect(status(page)).toHaveAttribute("data-status", expected);
    }
  });
});

test.describe("phone", () => {
  test.use(WIDTHS[1][1]);

  test("app intent into the Bancontact app: paid, seen live on the phone's browser", async ({ page, browser, request }) => {
    const checkout = await createCheckout(request, { amount: 990 });
    await page.goto(checkout.url);
    await fillShopperName(page);
    await page.getByRole("button", { name: PAY, exact: true }).click();
    const open = page.getByTestId("open-app");
    await expect(open).toHaveText("Open the Bancontact app");
    const intent = (await open.getAttribute("href"))!;
    expect(intent).toMatch(/^bepgenapp:\/\/DoTx\?TransId=/);
    // The QR code stays as the fallback, folded below the link; the deadline shows.
    await page.getByText("Show the QR code instead").click();
    await expect(page.getByTestId("qr-code")).toHaveAttribute("data-payload", `BEP://${intent.split("TransId=")[1]}`);
    await expect(page.getByTestId("countdown")).toBeVisible();
    await expectAccessible(page);
    // The browser cannot open the app's scheme here: the simulator plays the app.
    const app = await otherDevice(browser);
    await openInAppSimulator(app, intent);
    await app.getByRole("button", { name: "Approve payment" }).click();
    await expect(status(page)).toHaveAttribute("data-status", "PAID");
    await app.context().close();
  });
});
