// Sign-in: merchant staff with a password, cardholders with a one-time email link.
import { expect, test } from "@playwright/test";
import { demoStaffPassword, E2E_BASE, expectAccessible, fillCartAndCheckout, payToBank, status } from "./helpers";

test("staff sign in with their password and see their merchant's payments", async ({ page }) => {
  await page.goto("/merchant");
  await expect(page).toHaveURL(/\/signin/);
  await expectAccessible(page);
  await page.getByLabel("Email address").nth(1).fill("staff@maison-praline.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in as staff" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is not correct." })).toBeVisible();
  await page.getByLabel("Password").fill(demoStaffPassword());
  await page.getByRole("button", { name: "Sign in as staff" }).click();
  await expect(page).toHaveURL(/\/merchant$/);
  await expect(page.getByRole("heading", { name: "Payments" })).toBeVisible();
  await expect(page.getByText("Signed in as staff@maison-praline.test")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/merchant");
  await expect(page).toHaveURL(/\/signin/);
});

test("a cardholder signs in by email link and sees only the payments made with that address", async ({ page, browser }) => {
  const email = `ann.${Date.now()}@example.com`;
  await fillCartAndCheckout(page, email);
  await payToBank(page);
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");

  await page.goto("/signin");
  await page.getByLabel("Email address").first().fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("We sent you a sign-in link. It is valid for 15 minutes and can be used once.");
  await expectAccessible(page);

  await page.goto("/sandbox/mailbox");
  await expectAccessible(page);
  const mail = page.getByTestId("mail").filter({ has: page.getByTestId("mail-to").getByText(email, { exact: true }) }).first();
  // The outbox keeps the body sealed; the development mailbox opens it.
  await expect(mail).toContainText("The link works once, for 15 minutes.");
  const link = await mail.getByRole("link").getAttribute("href");
  expect(link).toContain("/api/auth/callback/email");
  await page.goto(link!);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator("#main").getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText(email);
  await expect(page.getByTestId("account-payment")).toHaveCount(1);
  await expect(page.getByTestId("account-payment")).toContainText("Payment received");
  await expectAccessible(page);

  // The link works once.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link!);
  await expect(second).toHaveURL(/\/signin\?error=Verification/);
  await expect(second.getByRole("alert").filter({ hasText: "This sign-in link is no longer valid. Ask for a new one." })).toBeVisible();
  await other.close();
});

test("another cardholder sees none of those payments", async ({ page }) => {
  const email = `bob.${Date.now()}@example.com`;
  await page.goto("/signin");
  await page.getByLabel("Email address").first().fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto("/sandbox/mailbox");
  const link = await page.getByTestId("mail").filter({ hasText: email }).first().getByRole("link").getAttribute("href");
  await page.goto(link!);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("No payments made with this email address yet.")).toBeVisible();
  // A cardholder is not staff.
  await page.goto("/merchant");
  await expect(page).toHaveURL(/\/signin/);
});

test("the sign-in mail is written in the language the link was asked in", async ({ page }) => {
  const email = `eva.${Date.now()}@example.com`;
  await page.context().addCookies([{ name: "locale", value: "nl", url: E2E_BASE }]);
  await page.goto("/signin");
  await page.getByLabel("E-mailadres").first().fill(email);
  await page.getByRole("button", { name: "Stuur mij een aanmeldlink" }).click();
  await expect(page.getByRole("heading", { name: "Controleer uw e-mail" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("We hebben u een aanmeldlink gestuurd. Die is 15 minuten geldig en kan één keer worden gebruikt.");
  await page.goto("/sandbox/mailbox");
  const mail = page.getByTestId("mail").filter({ hasText: email }).first();
  await expect(mail.getByRole("heading")).toHaveText("Uw aanmeldlink");
  await expect(mail).toContainText("De link werkt één keer, gedurende 15 minuten.");
});
