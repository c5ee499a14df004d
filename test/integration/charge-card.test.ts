// Charging linked cards (lib/cards/charge-card.ts): one-click by the owner, merchant-initiated
// with the current terms, refusals before any provider call, and what the provider's answer
// does to the payment, the reservation and the card, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { chargeLinkedCard, type ChargeCardInput } from "@/lib/cards/charge-card";
import { acceptTerms, currentTerms, saveTerms } from "@/lib/cards/terms";
import { sealToken } from "@/lib/cards/link-card";
import { termsToAccept } from "@/lib/cards/terms-to-accept";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { startPayment } from "@/lib/checkouts/start-payment";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { WipRefusedError } from "@/lib/payments/wip";
import { ProviderError, type ChargeLinkInput, type ChargedLink } from "@/lib/providers/types";

/** Answers WIP charges as told: succeed, ask for authentication, refuse, or not answer. */
class WipProvider extends RecordingProvider {
  readonly charges: ChargeLinkInput[] = [];
  answer: "paid" | "auth" | "declined" | "rejected" | "link_unusable" | "unavailable" = "paid";
  constructor() {
    super("ppro-legacy");
  }
  async chargeLink(input: ChargeLinkInput): Promise<ChargedLink> {
    this.charges.push(input);
    if (this.answer === "rejected") throw new ProviderError(this.id, "rejected", "Invalid parameter amount", { field: "amount", code: "request_failed" });
    if (this.answer === "link_unusable") throw new ProviderError(this.id, "rejected", "Card token expired", { field: "specin.cardtoken", code: "link_unusable" });
    if (this.answer === "unavailable") throw new ProviderError(this.id, "unavailable", "PPRO could not be reached");
    const id = `tx_${this.charges.length}_${input.paymentId}`;
    const status = this.answer === "paid" ? "PAID" : this.answer === "auth" ? "PENDING" : "FAILED";
    this.states.set(id, { status, ours: input.paymentId, amount: input.amount });
    return {
      ...this.snapshot(id),
      action: this.answer === "auth" ? { type: "qr", payload: "BEP://x", deepLink: "bepgenapp://x", redirectUrl: "https://bank.test/auth", expiresAt: null } : null,
      cardExpiry: "2029-11",
    };
  }
}

describe.each(BACKENDS)("charging linked cards on $name", ({ open }) => {
  let t: TestDb;
  const provider = new WipProvider();
  const deps = () => ({ db: t.prisma, provider: () => provider, appUrl: "http://app.test" });
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  const cardholder = async () => t.prisma.cardholder.create({ data: { id: newId("chd"), email: `${newId("c")}@example.com`, emailVerified: new Date(), name: "Tester Doe" } });
  const accept = async (cardholderId: string) => {
    const terms = (await currentTerms(t.prisma, DEMO_MERCHANT_ID))!;
    await acceptTerms(t.prisma, { cardholderId, merchantId: DEMO_MERCHANT_ID, termsId: terms.id, sessionHash: "a".repeat(64) });
  };
  async function card(cardholderId: string, extra: { lastUsedAt?: Date; expiry?: string; holderName?: string } = {}) {
    const id = newId("card");
    await t.prisma.linkedCard.create({
      data: { id, merchantId: DEMO_MERCHANT_ID, provider: "ppro-legacy", cardholderId, tokenEncrypted: sealToken(`TOKEN-${id}`), bin: "670999", last4: "9999", expiry: extra.expiry ?? "2030-05", paymentId: newId("pay"), ...(extra.lastUsedAt ? { lastUsedAt: extra.lastUsedAt } : {}), ...(extra.holderName ? { holderName: extra.holderName } : {}) },
    });
    return id;
  }
  const merchantCharge = (cardId: string, amount = 1500, extra: Partial<ChargeCardInput> = {}) =>
    chargeLinkedCard(deps(), { initiation: "merchant", cardId, merchantId: DEMO_MERCHANT_ID, amount, currency: "EUR", description: "Monthly box", orderReference: newId("order"), ...extra } as ChargeCardInput);
  const reason = async (p: Promise<unknown>) => {
    const e = await p.then(() => null, (error: unknown) => error);
    expect(e).toBeInstanceOf(WipRefusedError);
    return (e as WipRefusedError).reason;
  };

  it("charges a card for the merchant: paid, counted, the link's 365 days restart, the token sent opened", async () => {
    provider.answer = "paid";
    const holder = await cardholder();
    await accept(holder.id);
    const cardId = await card(holder.id, { lastUsedAt: new Date(Date.now() - 100 * 86_400_000) });
    const r = await merchantCharge(cardId);
    expect(r).toMatchObject({ status: "PAID", action: null });
    const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: r.paymentId }, include: { checkout: true } });
    expect(payment).toMatchObject({ initiation: "merchant", linkedCardId: cardId, cardholderId: holder.id, capturedAmount: 1500 });
    expect(payment.checkout).toMatchObject({ kind: "wip-charge", status: "PAID", customerEmail: holder.email, shopperName: "Tester Doe" });
    expect(await t.prisma.wipCharge.findUniqueOrThrow({ where: { id: payment.wipChargeId! } })).toMatchObject({ status: "SUCCEEDED", paymentId: r.paymentId });
    const after = await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: cardId } });
    expect(Date.now() - after.lastUsedAt.getTime()).toBeLessThan(60_000);
    expect(after.expiry).toBe("2029-11");
    const sent = provider.charges.at(-1)!;
    expect(sent).toMatchObject({ linkReference: `TOKEN-${cardId}`, initiation: "merchant", accountHolderName: "Tester Doe", idempotencyKey: r.paymentId });
  });

  it("refuses merchant charges until the cardholder accepted the current terms, and says so", async () => {
    provider.answer = "paid";
    const holder = await cardholder();
    const cardId = await card(holder.id);
    const calls = provider.charges.length;
    expect(await reason(merchantCharge(cardId))).toBe("wip_terms_not_accepted");
    await accept(holder.id);
    expect((await merchantCharge(cardId)).status).toBe("PAID");
    const terms = (await currentTerms(t.prisma, DEMO_MERCHANT_ID))!;
    await saveTerms(t.prisma, DEMO_MERCHANT_ID, "stf_demo", `${terms.text} (revised ${newId("v")})`);
    expect(await reason(merchantCharge(cardId))).toBe("wip_terms_not_accepted");
    expect(provider.charges.length).toBe(calls + 1);
    // A one-click payment is the cardholder's own act: the new version is asked at linking, not here.
    await accept(holder.id);
    expect((await merchantCharge(cardId)).status).toBe("PAID");
  });

  it("never charges a deleted card, an expired card or a link unused for 365 days", async () => {
    const holder = await cardholder();
    await accept(holder.id);
    const stale = await card(holder.id, { lastUsedAt: new Date(Date.now() - 366 * 86_400_000) });
    expect(await reason(merchantCharge(stale))).toBe("wip_link_expired");
    const old = await card(holder.id, { expiry: "2020-01" });
    expect(await reason(merchantCharge(old))).toBe("wip_card_expired");
    const gone = await card(holder.id);
    await t.prisma.linkedCard.update({ where: { id: gone }, data: { deletedAt: new Date(), status: "REVOKED", tokenEncrypted: null } });
    expect(await reason(merchantCharge(gone))).toBe("wip_card_deleted");
    expect(await t.prisma.payment.count({ where: { linkedCardId: { in: [stale, old, gone] } } })).toBe(0);
  });

  it("lets only the card's owner pay a checkout in one click, once", async () => {
    provider.answer = "paid";
    const owner = await cardholder();
    const other = await cardholder();
    const cardId = await card(owner.id);
    const merchant = await t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
    const checkout = await createCheckout(t.prisma, merchant, { amount: 2450, currency: "EUR", description: "Pralines", merchantReference: newId("ORDER"), returnUrl: "http://localhost:3999/orders/1" });
    const oneClick = (cardholderId: string) => chargeLinkedCard(deps(), { initiation: "consumer", cardId, merchantId: DEMO_MERCHANT_ID, checkoutId: checkout.id, cardholderId });
    const stranger = await oneClick(other.id).catch((e: unknown) => e);
    expect(stranger).toBeInstanceOf(AppError);
    expect((stranger as AppError).code).toBe("not_found");
    // Two clicks at once: one pays, the other is told the checkout is paid.
    const both = await Promise.allSettled([oneClick(owner.id), oneClick(owner.id)]);
    expect(both.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    const refused = both.find((s) => s.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as AppError).code).toBe("payment_not_allowed");
    const payments = await t.prisma.payment.findMany({ where: { checkoutId: checkout.id } });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ initiation: "consumer", status: "PAID", amount: 2450 });
    expect((await t.prisma.checkout.findUniqueOrThrow({ where: { id: checkout.id } })).status).toBe("PAID");
    expect(provider.charges.at(-1)).toMatchObject({ initiation: "consumer", amount: 2450, returnUrl: `http://app.test/checkout/${checkout.id}/return?payment=${payments[0]!.id}` });
  });

  it("follows the provider's answer: declined frees the amount, unanswered keeps it, authentication waits", async () => {
    const holder = await cardholder();
    await accept(holder.id);
    const cardId = await card(holder.id);
    const counted = async () => (await t.prisma.wipCharge.aggregate({ where: { cardId, status: { in: ["RESERVED", "SUCCEEDED"] } }, _sum: { amount: true } }))._sum.amount ?? 0;

    provider.answer = "declined";
    expect((await merchantCharge(cardId, 1000)).status).toBe("FAILED");
    expect(await counted()).toBe(0);

    provider.answer = "rejected";
    const rejected = await merchantCharge(cardId, 1000).catch((e: unknown) => e);
    expect((rejected as AppError).code).toBe("provider_rejected");
    expect(await counted()).toBe(0);

    provider.answer = "unavailable";
    const unknown = await merchantCharge(cardId, 1000).catch((e: unknown) => e);
    expect((unknown as AppError).code).toBe("provider_unavailable");
    expect(await counted()).toBe(1000);
    expect(await t.prisma.payment.count({ where: { linkedCardId: cardId, status: "PENDING" } })).toBe(1);

    provider.answer = "auth";
    const waiting = await merchantCharge(cardId, 700);
    expect(waiting).toMatchObject({ status: "PENDING", action: { type: "qr" } });
    expect(await t.prisma.payment.findUniqueOrThrow({ where: { id: waiting.paymentId } })).toMatchObject({ qrPayload: "BEP://x", actionUrl: "https://bank.test/auth" });
    expect(await counted()).toBe(1700);
    // The cardholder authenticates; the provider's webhook says so.
    const id = [...provider.states.entries()].find(([, s]) => s.ours === waiting.paymentId)![0];
    provider.states.get(id)!.status = "PAID";
    await applyProviderSnapshot(t.prisma, "ppro-legacy", provider.snapshot(id), "webhook");
    const wip = await t.prisma.wipCharge.findFirstOrThrow({ where: { paymentId: waiting.paymentId } });
    expect(wip.status).toBe("SUCCEEDED");
  });

  it("stops offering a card whose link the provider says has expired", async () => {
    const holder = await cardholder();
    await accept(holder.id);
    const cardId = await card(holder.id);
    provider.answer = "link_unusable";
    await merchantCharge(cardId).catch(() => null);
    expect((await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: cardId } })).status).toBe("FAILED");
    provider.answer = "paid";
    expect(await reason(merchantCharge(cardId))).toBe("wip_link_expired");
  });

  it("sends the name given when the card was linked, not a name typed at a later checkout", async () => {
    provider.answer = "paid";
    const holder = await cardholder();
    await accept(holder.id);
    const cardId = await card(holder.id, { holderName: "Ann Peeters" });
    await merchantCharge(cardId);
    expect(provider.charges.at(-1)?.accountHolderName).toBe("Ann Peeters");
  });

  it("starts no other payment on a checkout while a one-click payment's outcome is unknown", async () => {
    const holder = await cardholder();
    const cardId = await card(holder.id);
    const merchant = await t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
    const checkout = await createCheckout(t.prisma, merchant, { amount: 900, currency: "EUR", description: "Pralines", merchantReference: newId("ORDER"), returnUrl: "http://localhost:3999/orders/1" });
    provider.answer = "unavailable";
    await chargeLinkedCard(deps(), { initiation: "consumer", cardId, merchantId: DEMO_MERCHANT_ID, checkoutId: checkout.id, cardholderId: holder.id }).catch(() => null);
    const other = new RecordingProvider("wooshpay");
    await t.prisma.checkout.update({ where: { id: checkout.id }, data: { shopperName: "Tester Doe" } });
    const err = await startPayment({ db: t.prisma, provider: other, appUrl: "http://x", locale: "en" }, checkout.id).catch((e: unknown) => e);
    expect((err as AppError).code).toBe("payment_not_allowed");
    expect(other.starts).toHaveLength(0);
  });

  it("asks a cardholder with a card for a merchant's new terms until they accept them", async () => {
    const holder = await cardholder();
    await accept(holder.id);
    await card(holder.id);
    expect(await termsToAccept(t.prisma, holder.id)).toEqual([]);
    const terms = (await currentTerms(t.prisma, DEMO_MERCHANT_ID))!;
    await saveTerms(t.prisma, DEMO_MERCHANT_ID, "stf_demo", `${terms.text} (prompt ${newId("v")})`);
    const [prompt, ...rest] = await termsToAccept(t.prisma, holder.id);
    expect(rest).toEqual([]);
    expect(prompt).toMatchObject({ merchantId: DEMO_MERCHANT_ID, merchant: "Maison Praline", previouslyAccepted: true, terms: { version: terms.version + 1 } });
    await accept(holder.id);
    expect(await termsToAccept(t.prisma, holder.id)).toEqual([]);
    // A cardholder without cards with the merchant is not asked.
    expect(await termsToAccept(t.prisma, (await cardholder()).id)).toEqual([]);
  });
});
