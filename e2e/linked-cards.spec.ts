// Linked cards, as the cardholder sees them: a guest asking to save a card signs in first (email
// link, back to the same checkout); a signed-in cardholder links a card through the legacy API and
// through PPRO agreements. At desktop and phone width.
import { devices, expect, test, type Page } from "@playwright/test";
import { createCheckout, expectAccessible, signInAsCardholder, status } from "./helpers";

const LEGACY = "PPRO (legacy)";

async function payAndSave(page: Page, provider: string): Promise<void> {
  await page.getByRole("checkbox", { name: `Save my card with ${provider} for later payments to this shop` }).check();
  await page.getByRole("button", { name: `Pay with Bancontact via ${provider}`, exact: true }).click();
}

async function approveAtBank(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
}

for (const [name, use] of [
  ["desktop", {}],
  ["phone", { viewport: { width: 390, height: 844 }, userAgent: devices["Pixel 7"].userAgent, isMobile: true, hasTouch: true }],
] as const) {
  test.describe(name, () => {
    test.use(use);

    test("a guest asking to save a card signs in first, comes back, and links it through the legacy API", async ({ page, request }) => {
      const email = `linker.${name}.${Date.now()}@example.com`;
      const checkout = await createCheckout(request, { amount: 2500 });
      await page.goto(checkout.url);
      const save = page.getByRole("checkbox", { name: `Save my card with ${LEGACY} for later payments to this shop` });
      // Never pre-ticked.
      await expect(save).not.toBeChecked();
      await expect(page.getByText("To save a card, you first sign in").first()).toBeVisible();
      await expectAccessible(page);
      await payAndSave(page, LEGACY);
      await expect(page).toHaveURL(/\/signin\?next=/);
      await expect(page.getByRole("status")).toHaveText("Sign in to save your card: we email you a link that brings you back to your payment.");
      await expectAccessible(page);
      await signInAsCardholder(page, email, page.url());
      await expect(page).toHaveURL(new RegExp(`/checkout/${checkout.id}$`));
      await expect(page.getByText(`The card will be saved to your account ${email}.`).first()).toBeVisible();
      await payAndSave(page, LEGACY);
      await approveAtBank(page);
      await expect(page.getByTestId("linked-card")).toContainText(/670999XXXXXX\d{4}/);
      await expectAccessible(page);
    });

    test("a signed-in cardholder links a card through PPRO agreements", async ({ page, request }) => {
      await signInAsCardholder(page, `agreement.${name}.${Date.now()}@example.com`);
      const checkout = await createCheckout(request, { amount: 1800 });
      await page.goto(checkout.url);
      await payAndSave(page, "PPRO");
      await approveAtBank(page);
      await expect(page.getByTestId("linked-card")).toHaveText("Your Bancontact card is now saved to your account.");
    });
  });
}
