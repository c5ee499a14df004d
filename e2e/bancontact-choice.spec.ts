// The one Bancontact choice: no provider named anywhere the shopper looks, the QR code on a
// desktop, the app on a phone, the bank page as the alternative; and when the first provider of
// the merchant's route is down (the sandbox answering 503), the checkout completes through the
// next in line, and staff see which served and why.
import { expect, test, type Page } from "@playwright/test";
import { PROVIDER_NAMES } from "../lib/payments/providers";
import { DEMO_ROUTE, expectAccessible, fillCartAndCheckout, fillShopperName, openInAppSimulator, otherDevice, PAY_APP, PAY_BANK, routeThrough, signInAsDemoStaff, status, WIDTHS } from "./helpers";

/** The page's visible text names no payment provider. */
async function expectNoProviderName(page: Page): Promise<void> {
  const text = await page.locator("body").innerText();
  for (const name of Object.values(PROVIDER_NAMES)) expect(text, `"${name}" on ${page.url()}`).not.toContain(name);
}

for (const [width, device] of WIDTHS) {
  test.describe(width, () => {
    test.use(device);

    test("one Bancontact choice, no provider named; the app, or the bank's page", async ({ page }) => {
      await fillCartAndCheckout(page);
      const choice = page.getByTestId("bancontact-choice");
      await expect(choice.getByTestId("bancontact-mark")).toHaveText("Bancontact");
      // One choice, two ways into it, and nothing else to press but them.
      await expect(choice.getByRole("button")).toHaveText([PAY_APP, PAY_BANK]);
      await expectNoProviderName(page);
      await expectAccessible(page);

      await choice.getByRole("button", { name: PAY_APP }).click();
      await expect(status(page)).toHaveAttribute("data-status", "PENDING");
      if (width === "desktop") {
        await expect(page.getByTestId("qr-code")).toBeVisible();
        await expect(status(page)).toHaveText("Waiting for you to scan the QR code.");
      } else {
        await expect(page.getByTestId("open-app")).toHaveText("Open the Bancontact app");
        await expect(page.getByTestId("qr-code")).toBeHidden();
      }
      await expectNoProviderName(page);
      await expectAccessible(page);

      // Back on the checkout after cancelling: the bank's page instead.
      await page.getByRole("button", { name: "Cancel payment" }).click();
      await expect(status(page)).toHaveAttribute("data-status", "CANCELLED");
      await expectNoProviderName(page);
      await fillShopperName(page);
      await page.getByRole("button", { name: PAY_BANK, exact: true }).click();
      await expect(page).toHaveURL(/\/sandbox\/[a-z-]+\//);
      await expect(page.getByTestId("bank-amount")).toHaveText("€33.45");
    });
  });
}

test.describe("fallback", () => {
  test.afterEach(async ({ request, browser }) => {
    await request.post("/sandbox/faults", { data: { provider: "bancontact", fault: "none" } });
    await routeThrough(browser, DEMO_ROUTE);
  });

  test("the first provider answers 503: the checkout completes through the next, and staff see why", async ({ page, browser, request }) => {
    await routeThrough(browser, ["bancontact", "ppro"]);
    const fault = await request.post("/sandbox/faults", { data: { provider: "bancontact", fault: "create-503" } });
    expect(fault.status()).toBe(200);
    expect((await fault.json()).faults.bancontact).toBe("create-503");

    await fillCartAndCheckout(page);
    await fillShopperName(page);
    await page.getByRole("button", { name: PAY_APP }).click();
    // Nothing asked of the shopper: the QR code, from the next provider in line.
    await expect(status(page)).toHaveAttribute("data-status", "PENDING");
    const payload = (await page.getByTestId("qr-code").getAttribute("data-payload"))!;
    await expectNoProviderName(page);
    const phone = await otherDevice(browser);
    await openInAppSimulator(phone, payload);
    await phone.getByRole("button", { name: "Approve payment" }).click();
    await expect(status(page)).toHaveAttribute("data-status", "PAID");
    await expectNoProviderName(page);
    await expectAccessible(page);
    await phone.context().close();

    const staff = await otherDevice(browser);
    await signInAsDemoStaff(staff);
    const row = staff.getByTestId("merchant-payment").first();
    await expect(row).toContainText("PPRO");
    await expect(row.getByTestId("fallback-from")).toHaveText("Fallback after Bancontact Payconiq failed");
    await row.getByRole("link").click();
    await expect(staff.getByTestId("routing")).toHaveText("Fallback after Bancontact Payconiq failed: bancontact answered HTTP 503");
    await expectAccessible(staff);
    await staff.context().close();
  });

  test("the fault switch is on the sandbox page, and refuses what it does not know", async ({ page, request, browser }) => {
    const bad = await request.post("/sandbox/faults", { data: { provider: "stripe", fault: "create-503" } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.fields[0].field).toBe("provider");
    await page.goto("/sandbox");
    await page.getByTestId("fault-wooshpay").selectOption("create-503");
    await page.getByRole("button", { name: "Apply to wooshpay" }).click();
    await expect(page).toHaveURL(/\/sandbox#faults$/);
    // Kept in the database: another browser sees it on.
    const other = await otherDevice(browser);
    await other.goto("/sandbox");
    await expect(other.getByTestId("fault-wooshpay")).toHaveValue("create-503");
    await other.context().close();
    await expectAccessible(page);
    await page.getByTestId("fault-wooshpay").selectOption("none");
    await page.getByRole("button", { name: "Apply to wooshpay" }).click();
    await expect(page.getByTestId("fault-wooshpay")).toHaveValue("none");
  });
});
