// The cardholder's receipt: a paid checkout with an email sends a receipt mail; its link opens the
// receipt without signing in; a part refund is asked for in two clicks and its progress shows
// "sent"; a tampered link, or one for another page, is refused with a page that says so.
import { devices, expect, test, type Page } from "@playwright/test";
import { expectAccessible, fillCartAndCheckout, payToBank, status } from "./helpers";

async function receiptLinkFromMailbox(page: Page, email: string): Promise<string> {
  const mailbox = await page.context().newPage();
  await mailbox.goto("/sandbox/mailbox");
  const mail = mailbox.getByTestId("mail").filter({ hasText: email }).filter({ hasText: "Payment of €33.45 to Maison Praline" });
  await expect(mail).toHaveCount(1);
  const href = await mail.getByRole("link").filter({ hasText: "/receipt?t=" }).first().getAttribute("href");
  await mailbox.close();
  expect(href).toMatch(/\/payments\/pay_[a-z2-7]{20}\/receipt\?t=/);
  return href!;
}

for (const [name, use] of [
  ["desktop", {}],
  ["phone", { viewport: { width: 390, height: 844 }, userAgent: devices["Pixel 7"].userAgent, isMobile: true, hasTouch: true }],
] as const) {
  test.describe(name, () => {
    test.use(use);

    test("a paid order's receipt mail opens the receipt without signing in; a part refund is asked for and shows as sent", async ({ page, browser }) => {
      test.setTimeout(120_000);
      const email = `receipt.${name}.${Date.now()}@example.com`;
      await fillCartAndCheckout(page, email);
      await payToBank(page);
      await page.getByRole("button", { name: "Approve payment" }).click();
      await expect(status(page)).toHaveAttribute("data-status", "PAID");
      const link = await receiptLinkFromMailbox(page, email);

      // Another browser, signed in nowhere: the link alone opens the receipt.
      const reader = await (await browser.newContext(use)).newPage();
      await reader.goto(link);
      await expect(reader.getByRole("heading", { level: 1, name: "Receipt" })).toBeVisible();
      const receipt = reader.getByTestId("receipt");
      for (const part of ["Maison Praline", "€33.45", "You, at checkout", "Bancontact"]) await expect(receipt).toContainText(part);
      await expect(reader.getByRole("link", { name: "Stop future payments" })).toHaveCount(0);
      await expectAccessible(reader);

      await reader.getByRole("link", { name: "Request a refund" }).click();
      await expect(reader.getByRole("heading", { level: 1, name: "Request a refund" })).toBeVisible();
      await expect(reader.getByText("Your request goes to Maison Praline")).toBeVisible();
      await expectAccessible(reader);
      // Too much is refused, naming the amount.
      await reader.getByLabel("Part of it").check();
      await reader.getByLabel("Amount in EUR").fill("40.00");
      await reader.getByLabel("Why do you ask for a refund?").fill("The speculoos tin was dented");
      await reader.getByRole("button", { name: "Send" }).click();
      await expect(reader.getByTestId("request-error")).toHaveText(/^Amount:/);
      await expectAccessible(reader);
      await reader.getByLabel("Part of it").check();
      await reader.getByLabel("Amount in EUR").fill("5.50");
      await reader.getByLabel("Why do you ask for a refund?").fill("The speculoos tin was dented");
      await reader.getByRole("button", { name: "Send" }).click();

      await expect(reader).toHaveURL(/\/payments\/pay_[a-z2-7]{20}\/requests\?/);
      await expect(reader.getByTestId("request-state")).toHaveText("Sent: waiting for Maison Praline");
      await expect(reader.getByTestId("request")).toContainText("Asked: €5.50");
      await expectAccessible(reader);
    });

    test("a tampered link, or a link for another page, is refused with a page that says why", async ({ page }) => {
      test.setTimeout(120_000);
      const email = `tampered.${name}.${Date.now()}@example.com`;
      await fillCartAndCheckout(page, email);
      await payToBank(page);
      await page.getByRole("button", { name: "Approve payment" }).click();
      await expect(status(page)).toHaveAttribute("data-status", "PAID");
      const link = await receiptLinkFromMailbox(page, email);

      const tampered = `${link.slice(0, -4)}${link.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
      const refused = await page.goto(tampered);
      expect(refused?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "This link cannot be used" })).toBeVisible();
      await expect(page.getByTestId("refused-reason")).toHaveText("This link is not valid: it may have been copied incompletely or changed.");
      await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", /\/signin\?next=%2Fpayments%2Fpay_/);
      await expectAccessible(page);

      const otherPage = await page.goto(link.replace("/receipt?", "/dispute?"));
      expect(otherPage?.status()).toBe(403);
      await expect(page.getByTestId("refused-reason")).toHaveText("This link is for another page about this payment.");
      await expectAccessible(page);
    });
  });
}
