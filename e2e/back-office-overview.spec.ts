// The back office's overview: a payment made just now is in today's paid amount and its chart,
// the week shows a bar per day; readable and axe-clean on a desktop and a 390-px phone.
import { expect, test } from "@playwright/test";
import { expectAccessible, noSidewaysScroll, paidWithApp, signInAsDemoStaff, WIDTHS } from "./helpers";

/** "€1,234.56" → 123456 (the staff member reads English here). */
const cents = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, "")) * 100);

for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("staff see today's payments by provider and state, then the last 7 days", async ({ page, request }) => {
      await signInAsDemoStaff(page);
      await page.getByRole("link", { name: "Overview" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
      await expect(page.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");
      const before = cents((await page.getByTestId("overview-paid").textContent()) ?? "");

      await paidWithApp(page, request, 4321, `OV-${name}-${Date.now()}`, "overview@example.test");
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
