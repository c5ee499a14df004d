// Staff charge a customer's saved card from the dashboard, once and monthly; the sandbox's
// control runs the schedules as if a month had passed and the second charge appears. Then the
// merchant API: list cards, charge with Idempotency-Key replay, refusals with their reason
// codes, read and stop a schedule. At desktop and phone width. (Another merchant's staff and
// key are refused in e2e/access-matrix.spec.ts.)
import { expect, test, type Page } from "@playwright/test";
import { DEMO_LINKING, DEMO_ROUTE, demoApiKey, expectAccessible, linkCard, routeThrough, signInAsDemoStaff, WIDTHS } from "./helpers";

// The legacy API links the cards these tests charge.
test.beforeAll(async ({ browser }) => routeThrough(browser, DEMO_ROUTE, ["ppro-legacy"]));
test.afterAll(async ({ browser }) => routeThrough(browser, DEMO_ROUTE, DEMO_LINKING));

async function charge(card: ReturnType<Page["getByTestId"]>, fields: { amount: string; description: string; reference: string; repeat: "Once" | "Every month, until stopped" }) {
  const form = card.getByTestId("charge-card-form");
  await form.getByLabel("Amount in EUR").fill(fields.amount);
  await form.getByLabel("Description").fill(fields.description);
  await form.getByLabel("Your reference").fill(fields.reference);
  await form.getByRole("radio", { name: fields.repeat }).check();
  await form.getByRole("button", { name: "Charge the card" }).click();
}

for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("staff charge a saved card once and monthly; a month later the second charge is made", async ({ page, browser, request }) => {
      const email = `subscriber.${name}.${Date.now()}@example.com`;
      const cardholder = await linkCard(browser, request, email, use);

      await signInAsDemoStaff(page);
      await page.getByRole("link", { name: "Saved cards" }).click();
      await expect(page).toHaveURL(/\/merchant\/cards$/);
      const card = page.getByTestId("merchant-card").filter({ hasText: email });
      await expect(card.getByRole("heading", { level: 2 })).toHaveText(/^670999XXXXXX\d{4}$/);
      await expect(card.getByTestId("merchant-card-state")).toHaveText("Active");
      await expect(card).toContainText("No schedules on this card.");
      await expectAccessible(page);

      // A bad amount is named; nothing is charged.
      await charge(card, { amount: "12.505", description: "Extra box", reference: `ONCE-${name}`, repeat: "Once" });
      await expect(card.getByTestId("charge-result")).toContainText("Check the highlighted fields.");
      await expect(card.getByLabel("Amount in EUR")).toHaveAttribute("aria-invalid", "true");
      await expectAccessible(page);

      await charge(card, { amount: "12.50", description: "Extra box", reference: `ONCE-${name}-${Date.now()}`, repeat: "Once" });
      await expect(card.getByTestId("charge-result")).toHaveText("The card was charged.");

      const reference = `SUB-${name}-${Date.now()}`;
      await charge(card, { amount: "9.99", description: "Monthly pralines", reference, repeat: "Every month, until stopped" });
      await expect(card.getByTestId("charge-result")).toContainText("The card was charged.");
      await expect(card.getByTestId("charge-result")).toContainText("The schedule is set: the next charge is on");
      await page.reload();
      const schedule = page.getByTestId("merchant-card").filter({ hasText: email }).getByTestId("merchant-schedule");
      await expect(schedule).toHaveCount(1);
      await expect(schedule).toContainText(reference);
      await expect(schedule.getByTestId("schedule-charges")).toHaveText("1");
      await expect(schedule.getByTestId("schedule-status")).toHaveText("Active");
      await expect(schedule.getByTestId("schedule-refusal")).toHaveText("None");
      const firstNext = await schedule.getByTestId("schedule-next").textContent();
      await expectAccessible(page);

      // The sandbox's clock for schedules: run them as if it were a month later (the default).
      await page.goto("/sandbox");
      await expectAccessible(page);
      await page.getByRole("button", { name: "Run due charges" }).click();
      await expect(page.getByTestId("schedules-run")).toContainText(/[1-9]\d* charge\(s\) made/);
      await expectAccessible(page);

      await page.goto("/merchant/cards");
      const after = page.getByTestId("merchant-card").filter({ hasText: email }).getByTestId("merchant-schedule");
      await expect(after.getByTestId("schedule-charges")).toHaveText("2");
      await expect(after.getByTestId("schedule-next")).not.toHaveText(firstNext ?? "");
      // The payments list shows both charges of the schedule.
      await page.goto("/merchant");
      await expect(page.getByTestId("merchant-payment").filter({ hasText: `${reference}-1` })).toHaveCount(1);
      await expect(page.getByTestId("merchant-payment").filter({ hasText: `${reference}-2` })).toHaveCount(1);

      // The cardholder sees the schedule on their card and stops it from the cards page, in two steps.
      await cardholder.goto("/account/cards");
      const mine = cardholder.getByTestId("card-schedule").filter({ hasText: "Monthly pralines" });
      await expect(mine).toHaveCount(1);
      await expectAccessible(cardholder);
      await mine.getByText("Stop future payments", { exact: true }).click();
      await expect(mine).toContainText("This stops \u201cMonthly pralines\u201d: Maison Praline makes no more charges of €9.99 on this card.");
      await mine.getByRole("button", { name: "Yes, stop future payments" }).click();
      await expect(cardholder.getByRole("status").filter({ hasText: "The scheduled payments are stopped: no more charges will be made." })).toBeVisible();
      await expect(cardholder.getByTestId("card-schedule")).toHaveCount(0);
      await expectAccessible(cardholder);
      await cardholder.context().close();

      // Staff see it stopped by the cardholder, and a run three months on charges nothing more.
      await page.goto("/sandbox");
      await page.getByLabel("Run schedules as if it were").fill(new Date(Date.now() + 92 * 86_400_000).toISOString().slice(0, 10));
      await page.getByRole("button", { name: "Run due charges" }).click();
      await expect(page.getByTestId("schedules-run")).toBeVisible();
      await page.goto("/merchant/cards");
      const stopped = page.getByTestId("merchant-card").filter({ hasText: email }).getByTestId("merchant-schedule");
      await expect(stopped.getByTestId("schedule-status")).toHaveText("Stopped (by the cardholder)");
      await expect(stopped.getByTestId("schedule-charges")).toHaveText("2");
      await expect(stopped.getByRole("button", { name: "Stop" })).toHaveCount(0);
      await expectAccessible(page);
    });
  });
}

test("the merchant API charges a saved card with Idempotency-Key, says why it refuses, and reads and stops schedules", async ({ browser, request, page }) => {
  const email = `api.${Date.now()}@example.com`;
  const cardholder = await linkCard(browser, request, email);
  const auth = { authorization: `Bearer ${demoApiKey()}` };
  const list = await request.get("/api/v1/linked-cards?limit=100", { headers: auth });
  expect(list.status()).toBe(200);
  const cards = ((await list.json()) as { data: { id: string; cardholderEmail: string; state: string; maskedNumber: string }[] }).data;
  const card = cards.find((c) => c.cardholderEmail === email)!;
  expect(card).toMatchObject({ state: "active", maskedNumber: expect.stringMatching(/^670999XXXXXX\d{4}$/) });
  expect((await request.get("/api/v1/linked-cards?limit=0", { headers: auth })).status()).toBe(400);

  const post = (key: string, data: unknown) => request.post(`/api/v1/linked-cards/${card.id}/charges`, { headers: { ...auth, "idempotency-key": key }, data });
  const reference = `API-SUB-${Date.now()}`;
  const body = { amount: 1500, currency: "EUR", description: "Wine club", reference, schedule: { type: "instalments", count: 3 } };
  const first = await post(`k-${reference}`, body);
  expect(first.status()).toBe(201);
  const made = (await first.json()) as { outcome: string; payment: { id: string; status: string }; schedule: { id: string; chargesMade: number; instalments: number; status: string } };
  expect(made).toMatchObject({ outcome: "paid", payment: { status: "PAID" }, schedule: { chargesMade: 1, instalments: 3, status: "ACTIVE" } });
  // The same key and body: the first answer again, nothing charged twice.
  const replay = await post(`k-${reference}`, body);
  expect(replay.status()).toBe(201);
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect(((await replay.json()) as typeof made).payment.id).toBe(made.payment.id);
  expect((await post(`k-${reference}`, { ...body, amount: 1600 })).status()).toBe(409);

  const refusal = async (data: unknown, expected: { status: number; reason: string; field: string }) => {
    const res = await post(`k-${Math.random()}`, data);
    const error = ((await res.json()) as { error: { reason: string; fields: { field: string }[] } }).error;
    expect({ status: res.status(), reason: error.reason, field: error.fields[0]?.field }).toEqual(expected);
  };
  await refusal({ ...body, reference: `${reference}-big`, amount: 50_001 }, { status: 400, reason: "wip_above_scheme_max", field: "amount" });
  // The demo merchant's WIP maximum is 250.00 EUR.
  await refusal({ ...body, reference: `${reference}-max`, amount: 25_001 }, { status: 400, reason: "wip_above_merchant_max", field: "amount" });
  const order = `ORDER-${Date.now()}`;
  expect((await post(`k-${order}`, { amount: 15_000, currency: "EUR", description: "Half", reference: order })).status()).toBe(201);
  await refusal({ amount: 15_000, currency: "EUR", description: "Other half", reference: order }, { status: 409, reason: "wip_split_payment", field: "amount" });
  const invalid = await post(`k-${Math.random()}`, { ...body, schedule: { type: "instalments", count: 61 } });
  expect(invalid.status()).toBe(400);
  expect(((await invalid.json()) as { error: { fields: { field: string }[] } }).error.fields[0]!.field).toBe("schedule.count");
  expect((await request.post("/api/v1/linked-cards/card_unknown/charges", { headers: { ...auth, "idempotency-key": `k-${Math.random()}` }, data: body })).status()).toBe(404);

  const read = await request.get(`/api/v1/schedules/${made.schedule.id}`, { headers: auth });
  expect(await read.json()).toMatchObject({ id: made.schedule.id, object: "schedule", type: "instalments", chargesMade: 1, status: "ACTIVE" });
  const stopped = await request.delete(`/api/v1/schedules/${made.schedule.id}`, { headers: auth });
  expect(await stopped.json()).toMatchObject({ status: "STOPPED", stoppedBy: "merchant", nextChargeAt: null });

  // A new version of the merchant's terms: merchant charges wait until the cardholder accepts it.
  await signInAsDemoStaff(page);
  await page.goto("/merchant/terms");
  const text = page.locator("#terms-text");
  await text.fill(`${await text.inputValue()} (revised ${Date.now()})`);
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved as version \d+\./ })).toBeVisible();
  await refusal({ amount: 100, currency: "EUR", description: "After new terms", reference: `T-${Date.now()}` }, { status: 409, reason: "wip_terms_not_accepted", field: "terms" });

  // The cardholder's cards page asks for the new version; once accepted, the merchant may charge again.
  await cardholder.goto("/account/cards");
  const prompt = cardholder.getByTestId("terms-prompt");
  await expect(prompt.getByRole("heading", { level: 2 })).toHaveText(/^Maison Praline changed its terms for saved cards \(version \d+\)$/);
  await prompt.getByText(/^Read Maison Praline's terms, version \d+$/).click();
  await expect(prompt.getByTestId("new-terms-text")).toContainText("(revised ");
  await expectAccessible(cardholder);
  await prompt.getByRole("button", { name: /^I accept Maison Praline's terms \(version \d+\)$/ }).click();
  await expect(cardholder.getByRole("status").filter({ hasText: "Thank you: the new terms are accepted." })).toBeVisible();
  await expect(cardholder.getByTestId("terms-prompt")).toHaveCount(0);
  await cardholder.context().close();
  const again = await post(`k-${Math.random()}`, { amount: 100, currency: "EUR", description: "After accepting", reference: `T2-${Date.now()}` });
  expect(again.status()).toBe(201);
  expect(((await again.json()) as { outcome: string }).outcome).toBe("paid");
});
