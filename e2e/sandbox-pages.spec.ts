// Every sandbox dashboard and tool page passes axe.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

for (const path of ["/sandbox", "/sandbox/wooshpay", "/sandbox/bancontact", "/sandbox/bancontact/app", "/sandbox/ppro-legacy", "/sandbox/worldpay", "/sandbox/mailbox"]) {
  test(`${path} is accessible`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });
}
