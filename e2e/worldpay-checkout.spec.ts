// Worldpay APM: the redirect flow, and a validation error shown clearly.
import { expect, test } from "@playwright/test";
import { createCheckout, DEMO_ROUTE, expectAccessible, PAY, paymentOf, routeThrough, status } from "./helpers";

// Worldpay serves first (a bank page, no app of its own), the Bancontact Payment API after it.
test.beforeAll(async ({ browser }) => routeThrough(browser, ["worldpay", "bancontact"]));
test.afterAll(async ({ browser }) => routeThrough(browser, DEMO_ROUTE));

test("redirect to the bank page: approve, decline, cancel", async ({ page, request }) => {
  for (const [button, expected] of [
    ["Approve payment", "PAID"],
    ["Decline payment", "FAILED"],
    ["Cancel and return to the shop", "CANCELLED"],
  ] as const) {
    const checkout = await createCheckout(request, { amount: 4999 });
    await page.goto(checkout.url);
    await page.getByRole("button", { name: PAY, exact: true }).click();
    await expect(page).toHaveURL(/\/sandbox\/worldpay\/pay\//);
    await expect(page.getByTestId("bank-amount")).toContainText("49.99");
    await expectAccessible(page);
    await page.getByRole("button", { name: button }).click();
    await expect(status(page)).toHaveAttribute("data-status", expected);
  }
});

test("a validation error: a clear message and another way to pay; the merchant sees each field", async ({ page, request }) => {
  const checkout = await createCheckout(request, { amount: 404 });
  await page.goto(checkout.url);
  await page.getByRole("button", { name: PAY, exact: true }).click();
  // A refusal is not a provider being down: no fallback hides it, the shopper is told.
  await expect(page.getByRole("alert").filter({ hasText: "The payment provider refused the payment." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expectAccessible(page);
  const body = await paymentOf(request, checkout.id);
  expect(body.payments[0]!.status).toBe("FAILED");
  expect(body.payments[0]!.failure!.message).toContain("$.instruction.value.amount");
});
