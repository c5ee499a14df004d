// The shopper's full name on the checkout page: required for the providers that send it (PPRO,
// PPRO legacy, WooshPay) with an error naming the field, not for the others, and sent as typed
// (the legacy sandbox's bank page shows the account holder). At desktop and phone width.
import { expect, test } from "@playwright/test";
import { createCheckout, expectAccessible, WIDTHS } from "./helpers";

const LEGACY = "Pay with Bancontact via PPRO (legacy)";

for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("the name is required for PPRO, legacy and WooshPay, with an error naming the field", async ({ page, request }) => {
      const checkout = await createCheckout(request);
      await page.goto(checkout.url);
      const field = page.getByRole("textbox", { name: "Full name" });
      await expect(field).toHaveValue("");
      await expect(field).toHaveAttribute("autocomplete", "name");
      await expect(field).toHaveAttribute("required", "");
      await expect(field).toHaveAccessibleDescription(/^As your bank knows it\. Needed to pay via (?=.*WooshPay)(?=.*PPRO \(legacy\)).*\.$/);
      await expectAccessible(page);

      // Empty: the browser keeps the shopper on the page, on the field.
      for (const provider of ["PPRO", "PPRO (legacy)", "WooshPay"]) {
        await page.getByRole("button", { name: `Pay with Bancontact via ${provider}`, exact: true }).click();
        await expect(page).toHaveURL(checkout.url);
        expect(await field.evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
      }

      // Blank passes the browser's check; the server refuses it, naming the field.
      await field.fill("   ");
      await page.getByRole("button", { name: "Pay with Bancontact via PPRO", exact: true }).click();
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

    test("Worldpay and the Bancontact app need no name", async ({ page, request }) => {
      const checkout = await createCheckout(request);
      await page.goto(checkout.url);
      await page.getByRole("button", { name: "Pay with Bancontact via Worldpay", exact: true }).click();
      await expect(page).toHaveURL(/\/sandbox\/worldpay\/pay\//);
    });
  });
}
