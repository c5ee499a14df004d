// The cards page: a signed-in cardholder adds a card with a verification payment (through PPRO
// agreements, then, after staff switch the merchant's setting, through the legacy API), sees it
// masked with what the merchant may do, and replaces one. At desktop and phone width. Stopping a
// schedule is covered by test/integration/card-relink.test.ts: no merchant path makes a schedule yet.
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { ProviderId } from "../lib/payments/providers";
import { DEMO_LINKING, DEMO_ROUTE, expectAccessible, setRoutes, signInAsCardholder, signInAsDemoStaff, status, WIDTHS } from "./helpers";

const CARD = /^670999XXXXXX\d{4}$/;

/** Staff set the linking route (its first provider links cards) and the verification payment. */
async function setLinking(browser: Browser, linking: readonly ProviderId[], amount: string, check?: (staff: Page) => Promise<void>): Promise<void> {
  const staff = await (await browser.newContext()).newPage();
  await signInAsDemoStaff(staff);
  await setRoutes(staff, DEMO_ROUTE, linking);
  if (check) await check(staff);
  await staff.getByLabel("Verification payment when a card is added from the cards page, in EUR").fill(amount);
  await staff.getByRole("button", { name: "Save card linking" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await staff.context().close();
}

/** From the add or replace page: on to Bancontact, approve at the bank, back to the cards page. */
async function payVerification(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Continue to Bancontact" }).click();
  await expect(page).toHaveURL(/\/checkout\/chk_[a-z2-7]+\/return\?payment=pay_/);
  await expect(page.getByTestId("checkout-amount")).toHaveText("€0.01");
  await page.getByRole("link", { name: "Pay on your bank's page instead" }).click();
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  await page.getByRole("link", { name: "Back to Maison Praline" }).click();
  await expect(page).toHaveURL(/\/account\/cards\?checkout_id=chk_/);
  await expect(page.getByRole("status").filter({ hasText: "Your card is saved with Maison Praline." })).toBeVisible();
}

test.afterAll(async ({ browser }) => {
  await setLinking(browser, DEMO_LINKING, "0.01");
});

for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("a cardholder adds a card through PPRO agreements and the legacy API, then replaces one", async ({ page, browser }) => {
      test.setTimeout(120_000);
      await setLinking(browser, DEMO_LINKING, "0.01", async (staff) => {
        await expectAccessible(staff);
        // Above the WIP maximum, PPRO agreements (first of the linking route) cannot link: refused, naming the field.
        await staff.getByLabel("Verification payment when a card is added from the cards page, in EUR").fill("300");
        await staff.getByRole("button", { name: "Save card linking" }).click();
        await expect(staff.getByRole("alert").filter({ hasText: "Verification payment: at most €250.00 when PPRO agreements link cards" })).toBeVisible();
        await staff.getByLabel("Verification payment when a card is added from the cards page, in EUR").fill("abc");
        await staff.getByRole("button", { name: "Save card linking" }).click();
        await expect(staff.getByRole("alert").filter({ hasText: "Verification payment: enter an amount in euros" })).toBeVisible();
        await expectAccessible(staff);
      });

      await signInAsCardholder(page, `cards.${name}.${Date.now()}@example.com`);
      await page.goto("/account/cards");
      await expect(page.getByText("You have no saved cards.")).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("link", { name: "Add a card with Maison Praline" }).click();
      await expect(page).toHaveURL(/\/account\/cards\/add\?merchant=/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a card with Maison Praline");
      await expect(page.getByTestId("wip-terms")).toContainText("deleting it stops every later payment");
      // Which provider links the card is the merchant's business: the cardholder is never told.
      await expect(page.getByTestId("verification-amount")).toContainText("You pay €0.01 to Maison Praline with your Bancontact card. This is a real payment");
      await expect(page.getByTestId("verification-amount")).not.toContainText("PPRO");
      const accept = page.getByRole("checkbox", { name: "I accept Maison Praline's terms for saved cards" });
      await expect(accept).not.toBeChecked();
      await expectAccessible(page);
      // The linking provider sends the cardholder's real name: asked here, kept for next time.
      await page.getByLabel("Full name").fill("Tester Doe");
      // Without the terms accepted, nothing starts.
      await page.getByRole("button", { name: "Continue to Bancontact" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "To save your card" })).toHaveText("To save your card, accept the shop's terms (tick the box).");
      await expectAccessible(page);
      // By keyboard: tick the box and go on.
      await page.getByRole("checkbox", { name: "I accept Maison Praline's terms for saved cards" }).focus();
      await page.keyboard.press("Space");
      await expect(page.getByRole("checkbox", { name: "I accept Maison Praline's terms for saved cards" })).toBeChecked();
      await payVerification(page);
      const cards = page.getByTestId("linked-card-item");
      await expect(cards).toHaveCount(1);
      await expect(cards.first().getByRole("heading", { level: 2 })).toHaveText("Bancontact card");
      await expect(cards.first()).toContainText(/Card expires[\s\S]*Linked on/);
      await expect(cards.first()).not.toContainText("PPRO");
      const mayDo = cards.first().getByTestId("card-permissions");
      await expect(mayDo.getByRole("heading", { level: 3 })).toHaveText("What Maison Praline may do with this card");
      await expect(mayDo).toContainText("Charge it when you pay in one click at Maison Praline.");
      await expect(cards.first()).toContainText("No scheduled payments charge this card.");
      await expectAccessible(page);

      // The merchant switches to the legacy API: the next card gives BIN and last four.
      await setLinking(browser, ["ppro-legacy", "ppro"], "0.01");
      await page.goto("/account/cards");
      await page.getByRole("link", { name: "Add a card with Maison Praline" }).click();
      await expect(page.getByTestId("terms-accepted")).toContainText("You accepted these terms on");
      await expect(page.getByTestId("verification-amount")).not.toContainText("PPRO");
      await payVerification(page);
      await expect(cards).toHaveCount(2);
      const legacy = cards.filter({ has: page.getByRole("heading", { name: CARD }) });
      await expect(legacy).toHaveCount(1);
      const oldNumber = (await legacy.getByRole("heading", { level: 2 }).textContent())!;

      // Replace the legacy card: a new verification payment; the old card is gone once it succeeds.
      await legacy.getByRole("link", { name: /^Replace this card/ }).click();
      await expect(page).toHaveURL(/\/account\/cards\/card_[a-z2-7]+\/replace$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Replace your card with Maison Praline");
      await expect(page.getByText(`the new card replaces ${oldNumber}`)).toBeVisible();
      await expectAccessible(page);
      await payVerification(page);
      await expect(cards).toHaveCount(3);
      const old = cards.filter({ has: page.getByTestId("card-state").and(page.locator('[data-state="deleted"]')) });
      await expect(old).toHaveCount(1);
      await expect(old.getByRole("heading", { level: 2 })).toHaveText(oldNumber);
      await expect(old.getByRole("link", { name: /Replace this card/ })).toHaveCount(0);
      await expect(cards.getByTestId("card-state").and(page.locator('[data-state="active"]'))).toHaveCount(2);
      await expect(cards.first().getByRole("heading", { level: 2 })).toHaveText(CARD);
      await expectAccessible(page);
    });
  });
}
