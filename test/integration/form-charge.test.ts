// The dashboard's "Charge this card" form posted twice with the same nonce (a double click, a
// resent form) charges once and makes one schedule: the second post gets the first answer. A new
// nonce is a new charge; racing posts still charge once. On both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { acceptTerms, currentTerms } from "@/lib/cards/terms";
import { sealToken } from "@/lib/cards/link-card";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { ChargeLinkInput, ChargedLink } from "@/lib/providers/types";
import { chargeCardFromForm, newFormNonce } from "@/lib/schedules/form-charge";
import type { CardChargeInput } from "@/lib/schedules/schemas";

class PayingProvider extends RecordingProvider {
  readonly charges: ChargeLinkInput[] = [];
  delay = 0;
  constructor() {
    super("ppro-legacy");
  }
  async chargeLink(input: ChargeLinkInput): Promise<ChargedLink> {
    this.charges.push(input);
    if (this.delay) await new Promise((r) => setTimeout(r, this.delay));
    const id = `tx_${this.charges.length}_${input.paymentId}`;
    this.states.set(id, { status: "PAID", ours: input.paymentId, amount: input.amount });
    return { ...this.snapshot(id), action: null };
  }
}

describe.each(BACKENDS)("the dashboard charge form on $name", ({ open }) => {
  let t: TestDb;
  const provider = new PayingProvider();
  const deps = () => ({ db: t.prisma, provider: () => provider, appUrl: "http://app.test" });
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function linkedCard() {
    const holder = await t.prisma.cardholder.create({ data: { id: newId("chd"), email: `${newId("c")}@example.com`, emailVerified: new Date(), name: "Tester Doe" } });
    const terms = (await currentTerms(t.prisma, DEMO_MERCHANT_ID))!;
    await acceptTerms(t.prisma, { cardholderId: holder.id, merchantId: DEMO_MERCHANT_ID, termsId: terms.id, sessionHash: "a".repeat(64) });
    const id = newId("card");
    await t.prisma.linkedCard.create({
      data: { id, merchantId: DEMO_MERCHANT_ID, provider: "ppro-legacy", cardholderId: holder.id, tokenEncrypted: sealToken(`TOKEN-${id}`), bin: "670999", last4: "4242", expiry: "2035-05", paymentId: newId("pay") },
    });
    return id;
  }
  const input = (schedule?: CardChargeInput["schedule"]): CardChargeInput => ({ amount: 1500, currency: "EUR", description: "Chocolate box", reference: newId("FORM"), ...(schedule ? { schedule } : {}) });
  const paymentsOn = (cardId: string) => t.prisma.payment.count({ where: { linkedCardId: cardId } });

  it("charges once when the same form is posted twice", async () => {
    const cardId = await linkedCard();
    const nonce = newFormNonce();
    const charge = { cardId, input: input() };
    const first = await chargeCardFromForm(deps(), DEMO_MERCHANT_ID, nonce, charge);
    const second = await chargeCardFromForm(deps(), DEMO_MERCHANT_ID, nonce, charge);
    expect(first).toEqual({ answer: { paymentStatus: "PAID", nextChargeAt: null }, replayed: false });
    expect(second).toEqual({ answer: first.answer, replayed: true });
    expect(await paymentsOn(cardId)).toBe(1);
    expect(provider.charges.filter((c) => c.linkReference === `TOKEN-${cardId}`)).toHaveLength(1);

    // The next render's nonce is a new charge.
    await chargeCardFromForm(deps(), DEMO_MERCHANT_ID, newFormNonce(), { cardId, input: input() });
    expect(await paymentsOn(cardId)).toBe(2);
  });

  it("makes one schedule when a schedule's form is posted twice", async () => {
    const cardId = await linkedCard();
    const nonce = newFormNonce();
    const charge = { cardId, input: input({ type: "monthly" }) };
    const first = await chargeCardFromForm(deps(), DEMO_MERCHANT_ID, nonce, charge);
    const second = await chargeCardFromForm(deps(), DEMO_MERCHANT_ID, nonce, charge);
    expect(first.answer).toMatchObject({ paymentStatus: "PAID", nextChargeAt: expect.any(String) });
    expect(second).toEqual({ answer: first.answer, replayed: true });
    expect(await t.prisma.wipSchedule.count({ where: { cardId } })).toBe(1);
    expect(await paymentsOn(cardId)).toBe(1);
  });

  it("charges once when two posts of one form race", async () => {
    const cardId = await linkedCard();
    const nonce = newFormNonce();
    const charge = { cardId, input: input() };
    provider.delay = 300;
    try {
      const results = await Promise.allSettled([chargeCardFromForm(deps(), DEMO_MERCHANT_ID, nonce, charge), chargeCardFromForm(deps(), DEMO_MERCHANT_ID, nonce, charge)]);
      const made = results.filter((r) => r.status === "fulfilled" && !r.value.replayed);
      expect(made).toHaveLength(1);
      for (const r of results) {
        if (r.status === "rejected") expect((r.reason as AppError).code).toBe("idempotency_request_in_progress");
      }
    } finally {
      provider.delay = 0;
    }
    expect(await paymentsOn(cardId)).toBe(1);
  });

  it("refuses the same nonce with another form's content, charging nothing more", async () => {
    const cardId = await linkedCard();
    const nonce = newFormNonce();
    await chargeCardFromForm(deps(), DEMO_MERCHANT_ID, nonce, { cardId, input: input() });
    const err = await chargeCardFromForm(deps(), DEMO_MERCHANT_ID, nonce, { cardId, input: input() }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe("idempotency_key_reused");
    expect(await paymentsOn(cardId)).toBe(1);
  });
});
