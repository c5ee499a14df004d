// The shopper's full name on the checkout page: required when the provider that serves first
// sends it (PPRO, PPRO legacy, WooshPay) with an error naming the field, not for the others, and
// sent as typed (the legacy sandbox's bank page shows the account holder). At desktop and phone width.
import { expect, test } from "@playwright/test";
import { createCheckout, DEMO_ROUTE, expectAccessible, PAY_APP, routeThrough, WIDTHS } from "./helpers";

const LEGACY = PAY_APP;

test.afterAll(async ({ browser }) => routeThrough(browser, DEMO_ROUTE));

for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("the name is required when PPRO (legacy) serves first, with an error naming the field", async ({ page, request, browser }) => {
      await routeThrough(browser, ["ppro-legacy"]);
      const checkout = await createCheckout(request);
      await page.goto(checkout.url);
      const field = page.getByRole("textbox", { name: "Full name" });
      await expect(field).toHaveValue("");
      await expect(field).toHaveAttribute("autocomplete", "name");
      await expect(field).toHaveAttribute("required", "");
      // Which provider needs it stays unsaid.
      await expect(field).toHaveAccessibleDescription("As your bank knows it.");
      await expectAccessible(page);

      // Empty: the browser keeps the shopper on the page, on the field.
      for (const way of [PAY_APP, "Pay on your bank's page"]) {
        await page.getByRole("button", { name: way, exact: true }).click();
        await expect(page).toHaveURL(checkout.url);
        expect(await field.evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
      }

      // Blank passes the browser's check; the server refuses it, naming the field.
      await field.fill("   ");
      await page.getByRole("button", { name: PAY_APP, exact: true }).click();
      await expect(page).toHaveURL(/error=name_required/);
      await expect(page.getByRole("alert").filter({ hasText: "Full name" })).toHaveText("Full name is required to pay this way: enter your first and last name.");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(/Full name is required/);
      await expectAccessible(page);

      // Emoji and control characters are refused, with what a name may hold.
      await field.fill("Tom 😀 Hans");
      await page.getByRole("button", { name: LEGACY, exact: true }).click();
      await expect(page).toHaveURL(/error=name_invalid/);
      await expect(page.getByRole("alert").filter({ hasText: "Full name" })).toHaveText(/^Full name: use 2 to 100 letters/);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expectAccessible(page);

      // Accents are fine: the bank page shows the account holder as typed.
      await field.fill("Élodie Van den Brande");
      await page.getByRole("button", { name: LEGACY, exact: true }).click();
      await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
      await expect(page.getByTestId("bank-account-holder")).toHaveText("Élodie Van den Brande");
      await expectAccessible(page);
    });

    test("the Bancontact app serving first needs no name: asked for, not required", async ({ page, request, browser }) => {
      await routeThrough(browser, DEMO_ROUTE);
      const checkout = await createCheckout(request);
      await page.goto(checkout.url);
      await expect(page.getByRole("textbox", { name: "Full name" })).not.toHaveAttribute("required", "");
      await page.getByRole("button", { name: PAY_APP, exact: true }).click();
      await expect(page).toHaveURL(/\/return\?payment=pay_/);
      await expect(page.getByTestId("payment-status")).toHaveAttribute("data-status", "PENDING");
    });
  });
}
