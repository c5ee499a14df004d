// Every page a shopper, cardholder or staff member sees, at 360 px (a small phone) and 1280 px:
// nothing scrolls sideways, axe finds nothing, and a full-page screenshot of each is kept as a
// test artifact. The pages are checked against the app's file tree, so a page added later and
// not visited here fails the test until it is visited or named below with a reason.
import { devices, expect, test, type Browser, type BrowserContextOptions, type Page, type TestInfo } from "@playwright/test";
import { appEntries } from "./app-tree";
import type { ProviderId } from "../lib/payments/providers";
import { createCheckout, DEMO_ROUTE, expectAccessible, fillCartAndCheckout, fillShopperName, PAY, PAY_APP, PAY_BANK, routeThrough, signInAsCardholder, signInAsDemoStaff, status } from "./helpers";

const SIZES: [string, BrowserContextOptions][] = [
  ["360", { viewport: { width: 360, height: 780 }, userAgent: devices["Pixel 7"].userAgent, isMobile: true, hasTouch: true }],
  ["1280", { viewport: { width: 1280, height: 800 } }],
];

/** Pages not visited here, and where they are tried instead. */
const ELSEWHERE: Record<string, string> = {
  "/account/cards/add": "needs the merchant to offer card linking (a setting): cards-page.spec.ts",
  "/account/cards/[id]/replace": "needs a linked card: cards-page.spec.ts",
  "/account/charges/[paymentId]": "needs a charge waiting for the cardholder: waiting-charge.spec.ts",
  "/payments/[paymentId]/stop": "only for a card with a schedule: requests-by-mail.spec.ts",
};

type Way = "app" | "wooshpay" | "ppro" | "ppro-legacy" | "worldpay";

/**
 * The checkout's pay step, the one place that knows what the shopper clicks to pay one way or
 * another. The shopper sees one Bancontact choice: which provider serves is the merchant's route,
 * set here on the settings page (then the checkout is shown again under that route).
 */
const ROUTE: Record<Way, { route: readonly ProviderId[]; click: string }> = {
  app: { route: DEMO_ROUTE, click: PAY_APP },
  wooshpay: { route: DEMO_ROUTE, click: PAY_BANK },
  ppro: { route: ["ppro"], click: PAY_APP },
  "ppro-legacy": { route: ["ppro-legacy"], click: PAY_APP },
  worldpay: { route: ["worldpay"], click: PAY },
};
let routed: readonly ProviderId[] = DEMO_ROUTE;

// The other specs find the demo routed as seeded.
test.afterAll(async ({ browser }) => {
  if (routed.join() !== DEMO_ROUTE.join()) await routeThrough(browser, DEMO_ROUTE);
  routed = DEMO_ROUTE;
});

async function pay(page: Page, way: Way, browser: Browser): Promise<void> {
  const { route, click } = ROUTE[way];
  if (route.join() !== routed.join()) {
    await routeThrough(browser, route);
    routed = route;
    await page.reload();
  }
  if (way === "wooshpay" || way === "ppro" || way === "ppro-legacy") await fillShopperName(page);
  await page.getByRole("button", { name: click, exact: true }).click();
}

/** Sideways overflow, with the elements that stick out (to say where to look). */
async function overflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 4).join(".")} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}: ${wide.join(", ")}`;
  });
}

/** Checks the page as it is now; problems are gathered so one run names all of them. */
function checker(testInfo: TestInfo, size: string) {
  const problems: string[] = [];
  const visited = new Set<string>();
  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState("load");
    visited.add(new URL(page.url()).pathname);
    const wide = await overflow(page);
    if (wide) problems.push(`${name} (${page.url()}): ${wide}`);
    try {
      await expectAccessible(page);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message.split("\n").slice(0, 12).join("\n")}`);
    }
    await testInfo.attach(`${size}-${name}`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  }
  return { check, problems, visited };
}

/** App pages (as in the file tree) none of the visited paths matches. */
function notVisited(visited: Set<string>): string[] {
  const pages = appEntries().filter((e) => e.kind === "page").map((e) => e.path);
  const pattern = (p: string) => new RegExp(`^${p.replace(/\[[^\]]+\]/g, "[^/]+")}$`);
  return pages.filter((p) => !(p in ELSEWHERE) && ![...visited].some((v) => pattern(p).test(v)));
}

async function newPage(browser: Browser, use: BrowserContextOptions): Promise<Page> {
  return (await browser.newContext(use)).newPage();
}

for (const [size, use] of SIZES) {
  test(`every page at ${size} px: no sideways scroll, axe clean, screenshot kept`, async ({ browser, request }, testInfo) => {
    test.setTimeout(360_000);
    const { check, problems, visited } = checker(testInfo, size);
    const shopper = await newPage(browser, use);
    const email = `every.${size}.${Date.now()}@example.com`;

    // The shop, the cart and the checkout; paid at the WooshPay bank page: return and order pages.
    await shopper.goto("/");
    await check(shopper, "shop");
    await fillCartAndCheckout(shopper, email);
    await shopper.goBack();
    await shopper.goto("/cart");
    await check(shopper, "cart");
    await shopper.goForward();
    await expect(shopper).toHaveURL(/\/checkout\/chk_/);
    await check(shopper, "checkout");
    await pay(shopper, "wooshpay", browser);
    await expect(shopper).toHaveURL(/\/sandbox\/wooshpay\/authorize\//);
    await check(shopper, "wooshpay-bank-page");
    await shopper.getByRole("button", { name: "Approve payment" }).click();
    await expect(status(shopper)).toHaveAttribute("data-status", "PAID");
    await check(shopper, "checkout-return-paid");
    await shopper.getByRole("link", { name: /^Back to / }).click();
    await expect(shopper).toHaveURL(/\/orders\//);
    await check(shopper, "order");

    // The receipt and the requests reached from its mail.
    await shopper.goto("/sandbox/mailbox");
    await check(shopper, "mailbox");
    const mail = shopper.getByTestId("mail").filter({ hasText: email }).filter({ hasText: "/receipt?t=" });
    await expect(mail).toHaveCount(1);
    const receipt = (await mail.getByRole("link").filter({ hasText: "/receipt?t=" }).first().getAttribute("href"))!;
    await shopper.goto(receipt);
    await check(shopper, "receipt");
    await shopper.getByRole("link", { name: "Request a refund" }).click();
    await expect(shopper).toHaveURL(/\/payments\/[^/]+\/refund/);
    await check(shopper, "refund-request");
    await shopper.goto(receipt);
    await shopper.getByRole("link", { name: "Dispute this payment" }).click();
    await expect(shopper).toHaveURL(/\/payments\/[^/]+\/dispute/);
    await check(shopper, "dispute-request");
    await shopper.goto(receipt);
    await shopper.getByRole("link", { name: "Request a refund" }).click();
    await shopper.getByLabel(/^The whole amount/).check();
    await shopper.getByLabel("Why do you ask for a refund?").fill("Every page test");
    await shopper.getByRole("button", { name: "Send" }).click();
    await expect(shopper).toHaveURL(/\/requests\?/);
    await check(shopper, "request-progress");

    // The QR code (Bancontact app), its app simulator pages, and each provider's waiting and bank pages.
    const app = await createCheckout(request, { amount: 4250 });
    await shopper.goto(app.url);
    await pay(shopper, "app", browser);
    await expect(status(shopper)).toHaveAttribute("data-status", "PENDING");
    await check(shopper, "checkout-qr-bancontact");
    const payload = (await shopper.getByTestId("qr-code").getAttribute("data-payload"))!;
    const phone = await newPage(browser, use);
    await phone.goto("/sandbox/bancontact/app");
    await check(phone, "app-simulator");
    await phone.goto(payload);
    await check(phone, "app-simulator-bancontact");
    await phone.getByRole("button", { name: "Scan the payment" }).click();
    await expect(status(shopper)).toHaveAttribute("data-status", "IDENTIFIED");
    await check(shopper, "checkout-scanned-bancontact");

    for (const way of ["ppro", "ppro-legacy"] as const) {
      const c = await createCheckout(request, { amount: 1500 });
      await shopper.goto(c.url);
      await pay(shopper, way, browser);
      await expect(status(shopper)).toHaveAttribute("data-status", "PENDING");
      await check(shopper, `checkout-waiting-${way}`);
      const code = (await shopper.getByTestId("qr-code").getAttribute("data-payload"))!;
      await phone.goto(`/sandbox/bancontact/app?payload=${encodeURIComponent(code)}`);
      await expect(phone.getByTestId("bank-amount")).toBeVisible();
      await check(phone, `app-simulator-${way}`);
      await shopper.getByRole("link", { name: "Pay on your bank's page instead" }).click();
      await expect(shopper.getByTestId("bank-amount")).toBeVisible();
      await check(shopper, `${way}-bank-page`);
    }
    const wp = await createCheckout(request, { amount: 1500 });
    await shopper.goto(wp.url);
    await pay(shopper, "worldpay", browser);
    await expect(shopper).toHaveURL(/\/sandbox\/worldpay\/pay\//);
    await check(shopper, "worldpay-bank-page");
    await shopper.goto(wp.url);
    await check(shopper, "checkout-waiting-redirect");

    // Pages with nobody signed in, and the sandboxes' dashboards.
    for (const [name, path] of [
      ["not-found", "/no-such-page"],
      ["sign-in", "/signin"],
      ["sandbox", "/sandbox"],
      ["sandbox-bancontact", "/sandbox/bancontact"],
      ["sandbox-wooshpay", "/sandbox/wooshpay"],
      ["sandbox-worldpay", "/sandbox/worldpay"],
      ["sandbox-ppro-legacy", "/sandbox/ppro-legacy"],
    ]) {
      await shopper.goto(path!);
      await check(shopper, name!);
    }

    // The cardholder's account.
    const cardholder = await newPage(browser, use);
    await cardholder.goto("/signin");
    await cardholder.getByLabel("Email address").first().fill(email);
    await cardholder.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(cardholder.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await check(cardholder, "sign-in-check-email");
    await signInAsCardholder(cardholder, email);
    await expect(cardholder).toHaveURL(/\/account$/);
    await check(cardholder, "account");
    await cardholder.goto("/account/cards");
    await check(cardholder, "account-cards");

    // The back office.
    const staff = await newPage(browser, use);
    await signInAsDemoStaff(staff);
    await check(staff, "merchant-payments");
    const first = staff.locator('a[href^="/merchant/payments/pay_"]').first();
    await staff.goto((await first.getAttribute("href"))!);
    await check(staff, "merchant-payment");
    for (const [name, path] of [
      ["merchant-requests", "/merchant/requests"],
      ["merchant-overview", "/merchant/overview?period=week"],
      ["merchant-cards", "/merchant/cards"],
      ["merchant-settings", "/merchant/settings"],
      ["merchant-terms", "/merchant/terms"],
    ]) {
      await staff.goto(path!);
      await check(staff, name!);
    }

    expect.soft(problems, problems.join("\n\n")).toEqual([]);
    expect(notVisited(visited), "app pages this test does not visit (visit them, or say in ELSEWHERE where they are tried)").toEqual([]);
    await Promise.all([shopper, phone, cardholder, staff].map((p) => p.context().close()));
  });
}
