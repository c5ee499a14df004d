// The sandbox pages a shopper passes through (a bank page, the Bancontact app simulator) speak
// the shopper's language, with French typography, like the shop's own pages.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createCheckout, expectAccessible, fillCartAndCheckout, payToBank } from "./helpers";

const NNBSP = "\u202f";

async function inLanguage(browser: Browser, locale: string): Promise<Page> {
  return (await browser.newContext({ locale })).newPage();
}

test("the app simulator and a payment in it, in French and in Dutch", async ({ page, browser, request }) => {
  const checkout = await createCheckout(request, { amount: 123456 });
  await page.goto(checkout.url);
  await page.getByRole("button", { name: "Pay with the Bancontact app" }).click();
  const payload = (await page.getByTestId("qr-code").getAttribute("data-payload"))!;

  const fr = await inLanguage(browser, "fr-BE");
  await fr.goto("/sandbox/bancontact/app");
  await expect(fr.getByRole("heading", { level: 1 })).toHaveText("App Bancontact");
  await fr.getByLabel("Contenu du code QR ou lien profond").fill("not a link");
  await fr.getByRole("button", { name: "Ouvrir" }).click();
  await expect(fr.getByText("Ce n'est pas un lien")).toHaveText("Ce n'est pas un lien de paiement Bancontact.");
  await fr.getByLabel("Contenu du code QR ou lien profond").fill(payload);
  await fr.getByRole("button", { name: "Ouvrir" }).click();
  await expect(fr.getByRole("banner")).toHaveText(`Sandbox${NNBSP}: prestataire simulé, aucun argent réel n'est transféré`);
  await expect(fr.getByTestId("app-amount")).toHaveText(`1${NNBSP}234,56\u00a0€`);
  await expect(fr.getByTestId("app-status")).toHaveText(`Statut${NNBSP}: PENDING`);
  await expectAccessible(fr);
  await fr.getByRole("button", { name: "Scanner le paiement" }).click();
  await expect(fr.getByTestId("app-status")).toHaveText(`Statut${NNBSP}: IDENTIFIED`);
  await expect(fr.getByRole("button", { name: "Confirmer le paiement" })).toBeVisible();

  const nl = await inLanguage(browser, "nl-BE");
  await nl.goto(new URL(payload).pathname);
  await expect(nl.getByRole("heading", { level: 1 })).toHaveText("Bancontact-app");
  await expect(nl.getByRole("button", { name: "Laten verlopen" })).toBeVisible();
  await expect(nl.getByTestId("app-amount")).toHaveText("€\u00a01.234,56");
});

test("a bank page in German", async ({ page, browser }) => {
  await fillCartAndCheckout(page);
  await payToBank(page);
  const de = await inLanguage(browser, "de-DE");
  await de.goto(page.url());
  await expect(de).toHaveTitle("Bancontact · Zahlung autorisieren");
  await expect(de.getByText("Testbank von WooshPay")).toBeVisible();
  await expect(de.getByTestId("bank-amount")).toHaveText("33,45\u00a0€");
  await expect(de.getByRole("button", { name: "Zahlung genehmigen" })).toBeVisible();
  await expect(de.getByRole("button", { name: "Ohne zu bezahlen zurück zum Shop" })).toBeVisible();
  await expectAccessible(de);
});

test("the sign-in mail follows the browser's language when no language was chosen", async ({ browser }) => {
  const page = await inLanguage(browser, "fr-BE");
  const email = `lea.${Date.now()}@example.com`;
  await page.goto("/signin");
  await page.getByLabel("Adresse e-mail").first().fill(email);
  await page.getByRole("button", { name: "M’envoyer un lien de connexion par e-mail" }).click();
  await page.waitForURL(/check-email/);
  await page.goto("/sandbox/mailbox");
  const mail = page.getByTestId("mail").filter({ hasText: email }).first();
  await expect(mail.getByRole("heading")).toHaveText("Votre lien de connexion");
});
