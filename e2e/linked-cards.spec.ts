// Linked cards, as the cardholder sees them: a guest asking to save a card signs in first (email
// link, back to the same checkout); a signed-in cardholder links a card through the legacy API and
// through PPRO agreements. At desktop and phone width.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createCheckout, DEMO_LINKING, DEMO_ROUTE, expectAccessible, fillShopperName, PAY_APP, routeThrough, signInAsCardholder, signInAsDemoStaff, status, WIDTHS } from "./helpers";

const SAVE = "Save my card for later payments to this shop";
const ACCEPT = "I accept Maison Praline's terms for saved cards";

/** Ticks "save my card" and, unless already accepted, the merchant's terms beside it; then pays (the linking route decides who links). */
async function payAndSave(page: Page, acceptTerms = true): Promise<void> {
  await page.getByRole("checkbox", { name: SAVE }).check();
  const terms = page.getByRole("checkbox", { name: ACCEPT });
  if (acceptTerms && (await terms.count()) > 0) await terms.check();
  await fillShopperName(page);
  await page.getByRole("button", { name: PAY_APP, exact: true }).click();
}

test.afterAll(async ({ browser }) => routeThrough(browser, DEMO_ROUTE, DEMO_LINKING));

/** Pays a new checkout in one click with the saved card: no bank page, no app, paid at once. */
async function payInOneClick(page: Page, request: APIRequestContext, card: RegExp): Promise<void> {
  const checkout = await createCheckout(request, { amount: 1200 });
  await page.goto(checkout.url);
  const saved = page.getByTestId("saved-cards");
  await expect(saved.getByRole("heading", { level: 2 })).toHaveText("Pay with a saved card");
  await expectAccessible(page);
  await saved.getByRole("button", { name: new RegExp(`^Pay €12\\.00 with ${card.source}$`) }).click();
  await expect(page).toHaveURL(new RegExp(`/checkout/${checkout.id}/return\\?payment=pay_`));
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  await expect(page.getByTestId("receipt")).toContainText("€12.00");
  await expectAccessible(page);
  // Above what a saved card may pay, the checkout says so rather than offer it.
  const big = await createCheckout(request, { amount: 30_000 });
  await page.goto(big.url);
  await expect(page.getByTestId("saved-cards")).toContainText("Your saved cards cannot pay this amount");
  await expect(page.getByTestId("saved-cards").getByRole("button")).toHaveCount(0);
}

async function approveAtBank(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
}

for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("a guest asking to save a card signs in first, comes back, and links it through the legacy API", async ({ page, request, browser }) => {
      await routeThrough(browser, DEMO_ROUTE, ["ppro-legacy"]);
      const email = `linker.${name}.${Date.now()}@example.com`;
      const checkout = await createCheckout(request, { amount: 2500 });
      await page.goto(checkout.url);
      const save = page.getByRole("checkbox", { name: SAVE });
      // Never pre-ticked.
      await expect(save).not.toBeChecked();
      await expect(page.getByText("To save a card, you first sign in").first()).toBeVisible();
      await expectAccessible(page);
      await payAndSave(page);
      await expect(page).toHaveURL(/\/signin\?next=/);
      await expect(page.getByRole("status")).toHaveText("Sign in to save your card: we email you a link that brings you back to your payment.");
      await expectAccessible(page);
      await signInAsCardholder(page, email, page.url());
      await expect(page).toHaveURL(new RegExp(`/checkout/${checkout.id}$`));
      await expect(page.getByText(`The card will be saved to your account ${email}.`).first()).toBeVisible();
      // The terms first: without accepting them, nothing starts.
      await page.getByText("Read Maison Praline's terms for saved cards").last().click();
      await expect(page.getByTestId("wip-terms").last()).toContainText("deleting it stops every later payment");
      await payAndSave(page, false);
      await expect(page.getByRole("alert").filter({ hasText: "To save your card, accept the merchant's terms for saved cards (tick the box beside them)." })).toBeVisible();
      await expectAccessible(page);
      await payAndSave(page);
      await approveAtBank(page);
      await expect(page.getByTestId("linked-card")).toContainText(/670999XXXXXX\d{4}/);
      await expectAccessible(page);

      // The cards page, from the account: the card masked, with its state.
      await page.goto("/account");
      await page.getByRole("link", { name: "Your saved cards" }).click();
      await expect(page).toHaveURL(/\/account\/cards$/);
      const card = page.getByTestId("linked-card-item");
      await expect(card).toHaveCount(1);
      await expect(card.getByRole("heading", { level: 2 })).toHaveText(/^670999XXXXXX\d{4}$/);
      await expect(card.getByTestId("card-state")).toHaveText("Active");
      await expect(card).toContainText("Maison Praline");
      await expect(card).not.toContainText("PPRO");
      await expect(card).toContainText(/Card expires\s*\d{4}-\d{2}/);
      await expectAccessible(page);

      // Paying again: one click with the saved card (WIP initiated by the cardholder).
      await payInOneClick(page, request, /670999XXXXXX\d{4}/);
    });

    test("a signed-in cardholder links a card through PPRO agreements", async ({ page, request, browser }) => {
      await routeThrough(browser, DEMO_ROUTE, ["ppro"]);
      await signInAsCardholder(page, `agreement.${name}.${Date.now()}@example.com`);
      const checkout = await createCheckout(request, { amount: 1800 });
      await page.goto(checkout.url);
      await payAndSave(page);
      await approveAtBank(page);
      await expect(page.getByTestId("linked-card")).toHaveText("Your Bancontact card is now saved to your account.");
      await payInOneClick(page, request, /your saved Bancontact card/);

      // Deleted from the cards page in two steps: the agreement is revoked and the card stops.
      await page.goto("/account/cards");
      const card = page.getByTestId("linked-card-item");
      await expect(card.getByTestId("card-state")).toHaveText("Active");
      await card.getByText("Delete this card", { exact: true }).click();
      await expect(card).toContainText("Deleting ends this card's link with Maison Praline");
      await expectAccessible(page);
      await card.getByRole("button", { name: "Yes, delete this card" }).click();
      await expect(page.getByRole("status").filter({ hasText: "The card is deleted: Maison Praline can no longer charge it." })).toBeVisible();
      await expect(page.getByTestId("linked-card-item").getByTestId("card-state")).toHaveText("Deleted");
      await expect(page.getByRole("button", { name: "Yes, delete this card" })).toHaveCount(0);
      await expectAccessible(page);
      // A deleted card is never offered again.
      await page.goto((await createCheckout(request, { amount: 1200 })).url);
      await expect(page.getByTestId("checkout-amount")).toHaveText("€12.00");
      await expect(page.getByTestId("saved-cards")).toHaveCount(0);
    });
  });
}

test("a new version of the terms, written by staff, is asked again before the next card", async ({ page, browser, request }) => {
  await routeThrough(browser, DEMO_ROUTE, ["ppro-legacy"]);
  const email = `versions.${Date.now()}@example.com`;
  await signInAsCardholder(page, email);
  const first = await createCheckout(request, { amount: 1200 });
  await page.goto(first.url);
  await payAndSave(page);
  await approveAtBank(page);

  const next = await createCheckout(request, { amount: 1300 });
  await page.goto(next.url);
  await expect(page.getByText(/You accepted these terms on/).first()).toBeVisible();

  const staff = await (await browser.newContext()).newPage();
  await signInAsDemoStaff(staff);
  await staff.goto("/merchant/terms");
  await expectAccessible(staff);
  const text = `${await staff.getByLabel("Terms text").inputValue()} Updated ${Date.now()}.`;
  await staff.getByLabel("Terms text").fill(text);
  await staff.getByRole("button", { name: "Save as a new version" }).click();
  await expect(staff.getByRole("status")).toHaveText(/^Saved as version \d+\.$/);
  await staff.getByLabel("Terms text").fill("too short");
  await staff.getByRole("button", { name: "Save as a new version" }).click();
  await expect(staff.getByText("Write at least 20 characters (at most 20000).")).toBeVisible();
  await staff.context().close();

  await page.reload();
  await expect(page.getByRole("checkbox", { name: ACCEPT })).not.toBeChecked();
  await page.getByText("Read Maison Praline's terms for saved cards").last().click();
  await expect(page.getByTestId("wip-terms").last()).toHaveText(text);
  await payAndSave(page);
  await approveAtBank(page);
  await expect(page.getByTestId("linked-card")).toContainText(/670999XXXXXX\d{4}/);
});
