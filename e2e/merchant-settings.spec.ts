// Merchant staff choose which providers the checkout offers.
import { expect, test } from "@playwright/test";
import { createCheckout, expectAccessible, signInAsDemoStaff } from "./helpers";

test("staff turn a provider off and on again; checkouts follow", async ({ page, request }) => {
  await signInAsDemoStaff(page);
  await page.getByRole("link", { name: "Checkout settings" }).click();
  await expect(page.getByRole("heading", { name: "Checkout settings" })).toBeVisible();
  await expectAccessible(page);
  const worldpay = page.getByRole("checkbox", { name: "Worldpay" });
  try {
    await worldpay.uncheck();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    const checkout = await createCheckout(request);
    await page.goto(checkout.url);
    await expect(page.getByRole("button", { name: "Pay with the Bancontact app" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Pay with Bancontact via Worldpay" })).toHaveCount(0);

    // Nothing at all is refused with a message naming the field.
    await page.goto("/merchant/settings");
    for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "providers: choose at least one provider" })).toBeVisible();
  } finally {
    await page.goto("/merchant/settings");
    for (const box of await page.getByRole("checkbox").all()) await box.check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }
  const again = await createCheckout(request);
  await page.goto(again.url);
  await expect(page.getByRole("button", { name: "Pay with Bancontact via Worldpay" })).toBeVisible();
});

test("staff set the name and logo shoppers see on the checkout; a bad logo URL is refused by name", async ({ page, request }) => {
  await signInAsDemoStaff(page);
  await page.goto("/merchant/settings");
  const name = page.getByLabel("Merchant name");
  const logo = page.getByLabel("Logo URL (https, optional)");
  const save = page.getByRole("button", { name: "Save name and logo" });
  try {
    await logo.fill("http://insecure.example/logo.png");
    await save.click();
    await expect(page.getByText("Enter an https:// address of an image, or leave it empty.")).toBeVisible();
    await expect(logo).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await name.fill("Maison Praline Sablon");
    await logo.fill("https://cdn.example/logo.png");
    await save.click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    const checkout = await createCheckout(request);
    await page.goto(checkout.url);
    await expect(page.getByTestId("brand-name")).toHaveText("Maison Praline Sablon");
    await expect(page.locator("header img")).toHaveAttribute("src", "https://cdn.example/logo.png");
    await expect(page).toHaveTitle("Checkout · Maison Praline Sablon");
  } finally {
    await page.goto("/merchant/settings");
    await page.getByLabel("Merchant name").fill("Maison Praline");
    await page.getByLabel("Logo URL (https, optional)").fill("");
    await page.getByRole("button", { name: "Save name and logo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }
});

test("staff set the WIP maximum; a value above the scheme's 500 EUR is refused by name", async ({ page }) => {
  await signInAsDemoStaff(page);
  await page.goto("/merchant/settings");
  const field = page.getByLabel("WIP maximum in EUR (0.01 to 500.00)");
  const save = page.getByRole("button", { name: "Save WIP maximum" });
  const before = await field.inputValue();
  try {
    await field.fill("500.01");
    await save.click();
    await expect(page.getByRole("alert").filter({ hasText: "WIP maximum: enter an amount from 0.01 to 500.00 EUR." })).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await field.fill("123,45");
    await save.click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("WIP maximum in EUR (0.01 to 500.00)")).toHaveValue("123.45");
    await expectAccessible(page);
  } finally {
    await page.goto("/merchant/settings");
    await page.getByLabel("WIP maximum in EUR (0.01 to 500.00)").fill(before);
    await page.getByRole("button", { name: "Save WIP maximum" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }
});
