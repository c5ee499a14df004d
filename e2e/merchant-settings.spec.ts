// Merchant staff order the providers that serve the checkout and link cards; the name and logo
// shoppers see; the WIP maximum.
import { expect, test, type Page } from "@playwright/test";
import { createCheckout, DEMO_LINKING, DEMO_ROUTE, expectAccessible, PAY, routeThrough, signInAsDemoStaff } from "./helpers";

const order = (page: Page, kind: "payment" | "linking") =>
  page.getByTestId(`routing-${kind}`).getByTestId("route-row").evaluateAll((rows) => rows.filter((r) => r.getAttribute("data-used") === "true").map((r) => r.getAttribute("data-provider")));

test("staff order the providers, saved exactly as shown (also without script); checkouts follow", async ({ page, browser, request }) => {
  await signInAsDemoStaff(page);
  await page.getByRole("link", { name: "Checkout settings" }).click();
  await expect(page.getByRole("heading", { name: "Checkout settings" })).toBeVisible();
  await expect.poll(() => order(page, "payment")).toEqual([...DEMO_ROUTE]);
  await expect.poll(() => order(page, "linking")).toEqual([...DEMO_LINKING]);
  await expectAccessible(page);
  const payment = page.getByTestId("routing-payment");
  try {
    // Worldpay to the top, one place at a time; each move is saved as shown.
    for (let at = DEMO_ROUTE.indexOf("worldpay"); at > 0; at--) {
      await payment.getByRole("button", { name: "Move Worldpay up" }).click();
      await expect.poll(async () => (await order(page, "payment")).indexOf("worldpay")).toBe(at - 1);
    }
    const wanted = ["worldpay", "bancontact", "wooshpay", "ppro", "ppro-legacy"];
    await expect(payment.getByRole("status")).toHaveText("Saved, in this order.");
    await expect(payment.getByRole("button", { name: "Move Worldpay up" })).toBeDisabled();
    // Saving again keeps the order (it used to fall back to the product's own).
    await page.reload();
    await payment.getByRole("button", { name: "Save order" }).click();
    await expect(payment.getByRole("status")).toHaveText("Saved, in this order.");
    await page.reload();
    expect(await order(page, "payment")).toEqual(wanted);

    // Without script (signed in the same), the same buttons post the form.
    const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const staff = await plain.newPage();
    await staff.goto("/merchant/settings");
    await staff.getByTestId("routing-linking").getByRole("button", { name: "Move PPRO (legacy) up" }).click();
    await expect(staff.getByTestId("routing-linking").getByRole("status")).toHaveText("Saved, in this order.");
    expect(await order(staff, "linking")).toEqual(["ppro-legacy", "ppro"]);
    await plain.close();

    // The checkout follows: Worldpay serves first, a bank page and no app of its own.
    const checkout = await createCheckout(request);
    await page.goto(checkout.url);
    await expect(page.getByTestId("bancontact-choice").getByRole("button")).toHaveText([PAY]);

    // No provider at all is refused with a message.
    await page.goto("/merchant/settings");
    for (const box of await payment.getByRole("checkbox").all()) await box.uncheck();
    await payment.getByRole("button", { name: "Save order" }).click();
    await expect(payment.getByRole("alert")).toHaveText("Use at least one provider for payments.");
    expect(await order(page, "payment")).toEqual(wanted);
  } finally {
    await routeThrough(browser, DEMO_ROUTE, DEMO_LINKING);
  }
  const again = await createCheckout(request);
  await page.goto(again.url);
  await expect(page.getByTestId("bancontact-choice").getByRole("button")).toHaveText(["Pay with the Bancontact app", "Pay on your bank's page"]);
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
