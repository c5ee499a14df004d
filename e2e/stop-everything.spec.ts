// A cardholder stops everything on their card from a charge's stop page: the page says first that
// this also removes the saved card; once sent, the schedule is stopped, the cards page shows the
// card deleted and the merchant can no longer charge it. At desktop and phone width.
import { expect, test } from "@playwright/test";
import { demoApiKey, expectAccessible, linkCard, WIDTHS } from "./helpers";

for (const [name, use] of WIDTHS) {
  test.describe(name, () => {
    test.use(use);

    test("stopping everything from a receipt removes the saved card, as the page says before sending", async ({ browser, request }) => {
      test.setTimeout(120_000);
      const email = `stop-all.${name}.${Date.now()}@example.com`;
      const cardholder = await linkCard(browser, request, email, use);
      const auth = { authorization: `Bearer ${demoApiKey()}` };
      const cards = ((await (await request.get("/api/v1/linked-cards?limit=100", { headers: auth })).json()) as { data: { id: string; cardholderEmail: string }[] }).data;
      const card = cards.find((c) => c.cardholderEmail === email)!;
      const chargeCard = (reference: string, schedule?: object) =>
        request.post(`/api/v1/linked-cards/${card.id}/charges`, { headers: { ...auth, "idempotency-key": `k-${reference}` }, data: { amount: 990, currency: "EUR", description: "Monthly pralines", reference, ...(schedule ? { schedule } : {}) } });
      const monthly = await chargeCard(`STOP-ALL-${name}-${Date.now()}`, { type: "monthly" });
      expect(monthly.status()).toBe(201);
      const { payment } = (await monthly.json()) as { payment: { id: string } };

      // The card's cardholder, signed in, opens the charge's stop page.
      await cardholder.goto(`/payments/${payment.id}/stop`);
      await expect(cardholder.getByRole("heading", { level: 1, name: "Stop future payments" })).toBeVisible();
      await expect(cardholder.getByText("Stopping everything also removes your card saved with Maison Praline: they can no longer charge it, not even once")).toBeVisible();
      await expectAccessible(cardholder);
      await cardholder.getByRole("radio", { name: "Stop everything with Maison Praline on this card and remove the saved card" }).check();
      await cardholder.getByRole("button", { name: "Send" }).click();
      await expect(cardholder).toHaveURL(/\/payments\/pay_[a-z2-7]{20}\/requests/);
      await expect(cardholder.getByTestId("request-state")).toHaveText("Done: stopped");
      await expectAccessible(cardholder);

      await cardholder.goto("/account/cards");
      await expect(cardholder.getByTestId("card-state")).toHaveAttribute("data-state", "deleted");
      await expectAccessible(cardholder);
      await cardholder.context().close();

      // The merchant can no longer charge it, not even once.
      const refused = await chargeCard(`AFTER-STOP-${name}-${Date.now()}`);
      expect(((await refused.json()) as { error: { reason: string } }).error.reason).toBe("wip_card_deleted");
    });
  });
}
