// The merchant's back office: staff find a payment by search and filters, export the filter as
// CSV, open the payment and refund part of it, on a desktop and on a 390 px phone.
import { expect, test } from "@playwright/test";
import { expectAccessible, noSidewaysScroll, paidWithApp, signInAsDemoStaff } from "./helpers";


test("staff search and filter, export, open a payment and refund part of it", async ({ page, request }) => {
  const reference = `BO-${Date.now()}`;
  const paymentId = await paidWithApp(page, request, 3000, reference, "back.office@example.test");
  await signInAsDemoStaff(page);
  await expectAccessible(page);

  await page.getByRole("searchbox", { name: "Search" }).fill(reference.toLowerCase());
  await page.getByRole("combobox", { name: "Provider" }).selectOption("bancontact");
  await page.getByRole("combobox", { name: "State" }).selectOption("PAID");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/provider=bancontact/);
  const rows = page.getByTestId("merchant-payment");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(reference);
  await expectAccessible(page);

  // The same search, filtered to another state, finds nothing; a bad filter is named.
  await page.getByRole("combobox", { name: "State" }).selectOption("FAILED");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No payment matches.")).toBeVisible();
  await page.goto("/merchant?state=NOPE&from=2026-02-31x");
  const problem = page.getByRole("alert").filter({ hasText: "This search cannot be read" });
  await expect(problem).toContainText("State: choose one of the states");
  await expect(problem).toContainText("From: a date such as 2026-03-01");

  // The export of a search is a CSV file with that payment only.
  const csv = await page.request.get(`/merchant/payments/export?q=${reference}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${paymentId},`);
  expect(lines[1]).toContain(",30.00,0.00,");

  await page.goto(`/merchant?q=${reference}`);
  await page.getByRole("link", { name: paymentId }).click();
  await expect(page.getByRole("heading", { name: `Payment ${paymentId}` })).toBeVisible();
  await expect(page.getByTestId("refund-rules")).toContainText("several partial refunds");
  await expect(page.getByTestId("refundable")).toHaveText("Up to €30.00 can still be refunded.");
  await expect(page.getByTestId("payment-event").first()).toBeVisible();
  await expectAccessible(page);

  // More than remains is refused on the amount field; part of it is refunded.
  await page.getByLabel("Amount in EUR (empty: all that remains)").fill("30.01");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not refunded" })).toHaveText("Not refunded: more than can still be refunded.");
  await expect(page.getByLabel("Amount in EUR (empty: all that remains)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Amount in EUR (empty: all that remains)").fill("12.50");
  await page.getByLabel("Reason (optional)").fill("one box was broken");
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Refund of €12.50: Refunded.");
  await page.reload();
  await expect(page.getByTestId("refunded-amount")).toHaveText("€12.50");
  await expect(page.getByTestId("refundable")).toHaveText("Up to €17.50 can still be refunded.");
  await expect(page.getByTestId("refund")).toContainText("one box was broken");
  await expectAccessible(page);
});

test("on a 390 px phone the list is cards and nothing scrolls sideways", async ({ page, request }) => {
  const reference = `BO-PHONE-${Date.now()}`;
  const paymentId = await paidWithApp(page, request, 1250, reference, "back.office@example.test");
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsDemoStaff(page);
  await expect(page.getByTestId("merchant-payment-card").first()).toBeVisible();
  await expect(page.getByRole("table")).toBeHidden();
  expect(await noSidewaysScroll(page)).toBe(true);
  await expectAccessible(page);
  await page.getByRole("searchbox", { name: "Search" }).fill("12.50");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("merchant-payment-card").filter({ hasText: reference })).toHaveCount(1);
  await page.getByRole("link", { name: paymentId }).click();
  await expect(page.getByRole("heading", { name: `Payment ${paymentId}` })).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);
  await expectAccessible(page);
});

test("an unknown payment is not found (another merchant's: e2e/access-matrix.spec.ts)", async ({ page }) => {
  await signInAsDemoStaff(page);
  const res = await page.goto("/merchant/payments/pay_nobody_has_this_id_00");
  expect(res?.status()).toBe(404);
});

test("the requests inbox opens from the payments list, on a desktop and on a phone", async ({ page }) => {
  // Answering requests is covered by test/integration/request-answers.test.ts: this server's
  // embedded database cannot be given a request from here until the cardholder's pages exist.
  await signInAsDemoStaff(page);
  await page.getByRole("link", { name: "Requests" }).click();
  await expect(page.getByRole("heading", { name: "Cardholder requests" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Waiting for your answer" })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await noSidewaysScroll(page)).toBe(true);
  await expectAccessible(page);
});
