// Every shopper page in English, Dutch, French and German: from the browser's language, and
// from the switcher.
import { expect, test } from "@playwright/test";
import { createCheckout, expectAccessible } from "./helpers";

const HEADINGS = {
  "en-GB": { lang: "en", pay: "Pay Maison Praline", method: "Choose how to pay" },
  "nl-BE": { lang: "nl", pay: "Betalen aan Maison Praline", method: null },
  "fr-BE": { lang: "fr", pay: null, method: null },
  "de-DE": { lang: "de", pay: null, method: null },
} as const;

for (const [browserLocale, expected] of Object.entries(HEADINGS)) {
  test.describe(`browser in ${browserLocale}`, () => {
    test.use({ locale: browserLocale });

    test("checkout page is in the browser's language and accessible", async ({ page, request }) => {
      const checkout = await createCheckout(request, { amount: 123456 });
      await page.goto(checkout.url);
      await expect(page.locator("html")).toHaveAttribute("lang", expected.lang);
      await expect(page.locator("#locale-select")).toHaveValue(expected.lang);
      if (expected.pay) await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.pay);
      const amount = page.getByTestId("checkout-amount");
      const text = (await amount.textContent())!.replace(/\s/g, " ");
      expect(text).toBe({ en: "€1,234.56", nl: "€ 1.234,56", fr: "1 234,56 €", de: "1.234,56 €" }[expected.lang]);
      await expectAccessible(page);
      await page.goto("/");
      await expectAccessible(page);
      await page.goto("/cart");
      await expectAccessible(page);
    });
  });
}

test("the switcher changes the language and remembers it", async ({ page, request }) => {
  const checkout = await createCheckout(request);
  await page.goto(checkout.url);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language").selectOption("de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByLabel("Sprache").selectOption("fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expectAccessible(page);
});
