// Around the payment: the cart kept through payment and emptied once paid, the order lines on the
// checkout, the order page and the receipt, the header after sign-in, the branded 404.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, fillCartAndCheckout, fillShopperName, noSidewaysScroll, PAY_BANK, signInAsCardholder, signInAsDemoStaff, status, WIDTHS } from "./helpers";

async function receiptLink(page: Page, email: string): Promise<string> {
  const mailbox = await page.context().newPage();
  await mailbox.goto("/sandbox/mailbox");
  const mail = mailbox.getByTestId("mail").filter({ hasText: email }).filter({ hasText: "Payment of" });
  await expect(mail).toHaveCount(1);
  // The mail lists the order lines too.
  await expect(mail).toContainText("1 × Box of 24 pralines");
  const href = await mail.getByRole("link").filter({ hasText: "/receipt?t=" }).first().getAttribute("href");
  await mailbox.close();
  return href!;
}


for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("Back from the checkout shows the whole cart; the same cart goes back to the same checkout", async ({ page }) => {
      await fillCartAndCheckout(page);
      const first = page.url();
      await expect(page.getByTestId("order-item")).toHaveText([/1 × Speculoos tin/, /1 × Box of 24 pralines/]);
      await expectAccessible(page);
      await page.goBack();
      await expect(page).toHaveURL(/\/cart$/);
      await page.reload();
      await expect(page.getByTestId("cart-total")).toHaveText("€33.45");
      await expect(page.getByRole("link", { name: "Cart (2)" })).toBeVisible();
      await page.getByRole("button", { name: "Go to payment" }).click();
      await expect(page).toHaveURL(first);

      // The checkout's own way back: the shop's order page, unpaid, offers the cart.
      await page.getByRole("link", { name: "Back to Maison Praline" }).click();
      await expect(page.getByTestId("order-status")).toContainText("This order has not been paid yet.");
      await expect(page.getByTestId("order-item")).toHaveCount(2);
      await expectAccessible(page);
      expect(await noSidewaysScroll(page)).toBe(true);
      await page.getByRole("link", { name: "Back to the cart" }).click();
      await expect(page.getByTestId("cart-total")).toHaveText("€33.45");
    });

    test("a changed cart replaces its unpaid checkout; paying empties the cart; order page and receipt list the items", async ({ page }) => {
      test.setTimeout(120_000);
      const email = `items.${name}.${Date.now()}@example.com`;
      await fillCartAndCheckout(page, email);
      const replaced = page.url();
      await page.goBack();
      await page.reload();
      await page.getByRole("button", { name: "One more Speculoos tin" }).click();
      await expect(page.getByTestId("cart-total")).toHaveText("€42.40");
      await page.getByLabel("Email for your receipt (optional)").fill(email);
      await page.getByRole("button", { name: "Go to payment" }).click();
      await expect(page).toHaveURL(/\/checkout\/chk_/);
      expect(page.url()).not.toBe(replaced);
      await expect(page.getByTestId("checkout-amount")).toHaveText("€42.40");
      await expect(page.getByTestId("order-item")).toHaveText([/2 × Speculoos tin.*€8\.95 each.*€17\.90/, /1 × Box of 24 pralines.*€24\.50/]);

      // The first checkout can no longer be paid.
      const old = await page.context().newPage();
      await old.goto(replaced);
      await expect(old.getByText("This checkout has expired.")).toBeVisible();
      await expect(old.getByRole("button", { name: /Pay with/ })).toHaveCount(0);
      await old.close();

      await fillShopperName(page);
      await page.getByRole("button", { name: PAY_BANK, exact: true }).click();
      await expect(page.getByTestId("bank-amount")).toHaveText("€42.40");
      await page.getByRole("button", { name: "Approve payment" }).click();
      await expect(status(page)).toHaveAttribute("data-status", "PAID");
      await page.getByRole("link", { name: "Back to Maison Praline" }).click();
      await expect(page.getByTestId("order-status")).toContainText("Your payment was received");
      await expect(page.getByTestId("order-item")).toHaveText([/2 × Speculoos tin/, /1 × Box of 24 pralines/]);
      await expect(page.getByTestId("order-items-total")).toHaveText("€42.40");
      await expect(page.getByRole("link", { name: "Cart (0)" })).toBeVisible();
      await page.goto("/cart");
      await expect(page.getByText("Your cart is empty.")).toBeVisible();

      await page.goto(await receiptLink(page, email));
      const items = page.getByTestId("receipt-items");
      await expect(items).toContainText("1 × Box of 24 pralines");
      await expect(items).toContainText("2 × Speculoos tin");
      await expect(items).toContainText("€8.95 each");
      await expectAccessible(page);
      expect(await noSidewaysScroll(page)).toBe(true);
    });

    test("the header shows the signed-in cardholder and links to the account; staff get the dashboard", async ({ page, browser }) => {
      await page.goto("/");
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
      const email = `a.rather.long.address.for.the.header.${name}.${Date.now()}@example.com`;
      await signInAsCardholder(page, email);
      await page.goto("/");
      await expect(page.getByTestId("signed-in-as")).toContainText(email);
      await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      expect(await noSidewaysScroll(page)).toBe(true);
      await expectAccessible(page);
      await page.getByRole("link", { name: "Your account" }).click();
      await expect(page).toHaveURL(/\/account$/);

      const staff = await (await browser.newContext(use)).newPage();
      await signInAsDemoStaff(staff);
      await staff.goto("/");
      await expect(staff.getByTestId("signed-in-as")).toContainText("staff@maison-praline.test");
      await expect(staff.getByRole("link", { name: "Your account" })).toHaveCount(0);
      await staff.getByRole("link", { name: "Dashboard" }).click();
      await expect(staff).toHaveURL(/\/merchant$/);
      await staff.context().close();
    });

    test.describe("in Dutch", () => {
      test.use({ locale: "nl-BE" });

      test("an unknown address is the shop's 404 page in the shopper's language", async ({ page }) => {
        const res = await page.goto("/nope");
        expect(res?.status()).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", "nl");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
        await expect(page.getByTestId("brand-name")).toHaveText("Maison Praline");
        await expect(page.getByRole("link", { name: "Naar de startpagina" })).toHaveAttribute("href", "/");
        await expectAccessible(page);
        expect(await noSidewaysScroll(page)).toBe(true);
        // A page that answers "not found" itself shows the same page.
        const checkout = await page.goto("/checkout/chk_aaaaaaaaaaaaaaaaaaaa");
        expect(checkout?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
      });
    });
  });
}

test("a shopper who pays and never comes back to the shop finds the cart empty there", async ({ page }) => {
  await fillCartAndCheckout(page);
  await fillShopperName(page);
  await page.getByRole("button", { name: PAY_BANK, exact: true }).click();
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Cart (0)" })).toBeVisible();
  // A new cart starts a new order.
  await page.getByRole("button", { name: /Speculoos tin/ }).click();
  await expect(page.getByRole("link", { name: "Cart (1)" })).toBeVisible();
  await page.getByRole("link", { name: "Cart (1)" }).click();
  await page.getByRole("button", { name: "Go to payment" }).click();
  await expect(page.getByTestId("checkout-amount")).toHaveText("€8.95");
});
