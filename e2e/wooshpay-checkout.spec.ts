// Shopper flows through the demo shop and WooshPay's sandbox bank page.
import { expect, test } from "@playwright/test";
import { createCheckout, demoApiKey, expectAccessible, fillCartAndCheckout, fillShopperName, PAY_BANK, payToBank, status } from "./helpers";

test("shop → cart → WooshPay approve → receipt on the return page → merchant's order page", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await fillCartAndCheckout(page);
  await expectAccessible(page);
  await payToBank(page);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(page).toHaveURL(/\/checkout\/chk_\w+\/return\?payment=pay_/);
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  await expect(status(page)).toHaveText("Payment received. Thank you!");
  await expect(page.getByTestId("receipt")).toContainText("€33.45");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to Maison Praline" }).click();
  await expect(page.getByTestId("order-status")).toContainText("Your payment was received");
  await expectAccessible(page);
  // The cart was kept through the payment and emptied once the shop read that it was paid.
  await expect(page.getByRole("link", { name: "Cart (0)" })).toBeVisible();
});

test("declined at the bank: no money taken, and the shopper can pay again", async ({ page }) => {
  await fillCartAndCheckout(page);
  await payToBank(page);
  await page.getByRole("button", { name: "Decline payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "FAILED");
  await expect(status(page)).toHaveText("The payment was declined. No money was taken.");
  await expectAccessible(page);
  await payToBank(page);
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
});

test("abandoned at the bank: still pending, then cancelled by the shopper", async ({ page }) => {
  await fillCartAndCheckout(page);
  await payToBank(page);
  const bankUrl = page.url();
  await page.getByRole("button", { name: "Back to the shop without paying" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PENDING");
  await expect(page.getByRole("link", { name: "Continue to your bank" })).toHaveAttribute("href", bankUrl);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Cancel payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "CANCELLED");
  await expect(page.getByRole("button", { name: PAY_BANK, exact: true })).toBeVisible();
  // The bank no longer accepts the cancelled payment.
  await page.goto(bankUrl);
  await expect(page.getByRole("status")).toContainText("no longer waiting for authorisation (status: canceled)");
  await expect(page.getByRole("button", { name: "Approve payment" })).toHaveCount(0);
});

test("abandoned, then retried: the same payment continues at the bank and is paid once", async ({ page, request }) => {
  await fillCartAndCheckout(page);
  await payToBank(page);
  await page.getByRole("button", { name: "Back to the shop without paying" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PENDING");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page).toHaveURL(/\/sandbox\/wooshpay\/authorize\/pi_/);
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  const checkoutId = /checkout\/(chk_\w+)/.exec(page.url())![1];
  const res = await request.get(`/api/v1/checkouts/${checkoutId}`, { headers: { authorization: `Bearer ${demoApiKey()}` } });
  const body = await res.json();
  expect(body.status).toBe("PAID");
  expect(body.payments.filter((p: { status: string }) => p.status === "PAID")).toHaveLength(1);
});

test("webhook before the shopper returns: the payment is paid even if the return never loads", async ({ page, request }) => {
  const checkout = await createCheckout(request);
  await page.goto(checkout.url);
  await fillShopperName(page);
  await page.getByRole("button", { name: PAY_BANK, exact: true }).click();
  await expect(page).toHaveURL(/authorize/);
  // The shopper's browser never makes it back: only the webhook can tell us.
  await page.route("**/checkout/*/return*", (route) => route.abort());
  await page.getByRole("button", { name: "Approve payment" }).click().catch(() => undefined);
  await expect
    .poll(async () => {
      const res = await request.get(`/api/v1/checkouts/${checkout.id}`, { headers: { authorization: `Bearer ${demoApiKey()}` } });
      return (await res.json()).status;
    })
    .toBe("PAID");
  await page.unroute("**/checkout/*/return*");
  await page.goto(checkout.url);
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
});

test("webhook after the shopper returns: the page turns to paid without a reload", async ({ page, browser }) => {
  await fillCartAndCheckout(page);
  await payToBank(page);
  await page.getByRole("button", { name: "Approve (bank confirms later)" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "AUTHORIZED");
  await expect(status(page)).toHaveText("Payment authorised: waiting for your bank's final confirmation.");
  const paymentId = new URL(page.url()).searchParams.get("payment")!;
  // Marks this document: a reload would lose the mark.
  await page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 42));

  // The bank's confirmation comes from elsewhere: another browser, not another tab of the shopper's.
  const bankSide = await browser.newContext();
  const bank = await bankSide.newPage();
  await bank.goto("/sandbox/wooshpay");
  await expectAccessible(bank);
  await bank.getByRole("button", { name: `Confirm ${paymentId}` }).click();
  await bankSide.close();

  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  expect(await page.evaluate(() => (window as unknown as { __mark?: number }).__mark)).toBe(42);
});

test("a double click on pay starts one payment", async ({ page, request }) => {
  // The merchant API gives the shopper's name: the field is prefilled.
  const checkout = await createCheckout(request, { shopperName: "Tom Hans" });
  await page.goto(checkout.url);
  await expect(page.getByRole("textbox", { name: "Full name" })).toHaveValue("Tom Hans");
  const pay = page.getByRole("button", { name: PAY_BANK, exact: true });
  await pay.dblclick();
  await expect(page).toHaveURL(/authorize/);
  const res = await request.get(`/api/v1/checkouts/${checkout.id}`, { headers: { authorization: `Bearer ${demoApiKey()}` } });
  expect((await res.json()).payments).toHaveLength(1);
});
