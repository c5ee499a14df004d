// The back office's overview: a payment made just now is in today's paid amount and its chart,
// the week shows a bar per day; readable and axe-clean on a desktop and a 390-px phone.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createCheckout, expectAccessible, signInAsDemoStaff, status, WIDTHS } from "./helpers";

async function paidWithApp(page: Page, request: APIRequestContext, amount: number, merchantReference: string): Promise<void> {
  const checkout = await createCheckout(request, { amount, merchantReference, customerEmail: "overview@example.test" });
  await page.goto(checkout.url);
  await page.getByRole("button", { name: "Pay with the Bancontact app" }).click();
  const payload = await page.getByTestId("qr-code").getAttribute("data-payload");
  for (const action of ["scan", "confirm"]) {
    expect((await request.post(`${payload}/action`, { form: { action }, maxRedirects: 0 })).status()).toBe(303);
  }
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
}

/** "€1,234.56" → 123456 (the staff member reads English here). */
const cents = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, "")) * 100);
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("staff see today's payments by provider and state, then the last 7 days", async ({ page, request }) => {
      await signInAsDemoStaff(page);
      await page.getByRole("link", { name: "Overview" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
      await expect(page.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");
      const before = cents((await page.getByTestId("overview-paid").textContent()) ?? "");

      await paidWithApp(page, request, 4321, `OV-${name}-${Date.now()}`);
      await page.goto("/merchant/overview");
      await expect(page.getByTestId("overview-paid")).toHaveText(/\d/);
      expect(cents((await page.getByTestId("overview-paid").textContent()) ?? "")).toBe(before + 4321);
      const chart = page.getByRole("img", { name: /Bar chart of the amounts by provider/ });
      await expect(chart).toBeVisible();
      await expect(chart).toContainText("Bancontact Payconiq");
      await expect(page.getByText("Not paid (failed, cancelled, expired or reversed)").first()).toBeVisible();
      const figures = name === "phone" ? page.getByTestId("overview-providers-list") : page.getByTestId("overview-providers");
      await expect(figures).toBeVisible();
      await expect(figures).toContainText("Bancontact Payconiq");
      expect(await noSidewaysScroll(page)).toBe(true);
      await expectAccessible(page);

      await page.getByRole("link", { name: "Last 7 days" }).click();
      await expect(page).toHaveURL(/period=week/);
      await expect(page.getByRole("link", { name: "Last 7 days" })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("img", { name: /Bar chart of the amounts per day/ })).toBeVisible();
      const days = name === "phone" ? page.getByTestId("overview-days-table-list").getByRole("listitem") : page.getByTestId("overview-days-table").locator("tbody tr");
      await expect(days).toHaveCount(7);
      expect(cents((await page.getByTestId("overview-paid").textContent()) ?? "")).toBeGreaterThanOrEqual(before + 4321);
      expect(await noSidewaysScroll(page)).toBe(true);
      await expectAccessible(page);

      // A period the page does not know is said in words, not an error page.
      await page.goto("/merchant/overview?period=month");
      await expect(page.getByRole("alert").filter({ hasText: "This period" })).toHaveText("This period cannot be read: choose today or the last 7 days.");
      await expectAccessible(page);
    });
  });
}
