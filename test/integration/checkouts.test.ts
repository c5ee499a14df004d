import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { startPayment } from "@/lib/checkouts/start-payment";
import { idempotent } from "@/lib/api/idempotency";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { AppError } from "@/lib/errors";
import { openSecret as unseal } from "@/lib/crypto/token-keys";
import { updateLinkStatus } from "@/lib/cards/link-card";
import { acceptTerms, currentTerms } from "@/lib/cards/terms";
import type { PaymentStatus } from "@/lib/payments/states";

const input = {
  amount: 2450,
  currency: "EUR" as const,
  description: "Pralines",
  merchantReference: "ORDER-1",
  shopperName: "Ann Peeters",
  returnUrl: "http://localhost:3999/orders/ORDER-1",
};

describe.each(BACKENDS)("checkouts on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  const merchant = () => t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });

  it("seeds the demo merchant once, with its products", async () => {
    expect((await merchant()).name).toBe("Maison Praline");
    expect(await t.prisma.product.count()).toBe(4);
  });

  it("refuses a return URL outside the allow-list, naming the field", async () => {
    const err = await createCheckout(t.prisma, await merchant(), { ...input, returnUrl: "https://evil.example/x" }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fields[0].field).toBe("returnUrl");
  });

  it("replays an idempotent request and refuses the key with another body", async () => {
    const m = await merchant();
    let runs = 0;
    const run = async () => {
      runs++;
      return { status: 201, body: { id: (await createCheckout(t.prisma, m, input)).id } };
    };
    const first = await idempotent(t.prisma, m.id, "key-1", "hash-a", run);
    const again = await idempotent(t.prisma, m.id, "key-1", "hash-a", run);
    expect(again).toEqual({ ...first, replayed: true });
    expect(runs).toBe(1);
    await expect(idempotent(t.prisma, m.id, "key-1", "hash-b", run)).rejects.toMatchObject({ code: "idempotency_key_reused" });
  });

  it("frees the key when the first attempt failed", async () => {
    const m = await merchant();
    await expect(idempotent(t.prisma, m.id, "key-2", "h", async () => Promise.reject(new AppError("invalid_request", "x")))).rejects.toThrow();
    const ok = await idempotent(t.prisma, m.id, "key-2", "h", async () => ({ status: 201, body: { ok: true } }));
    expect(ok.replayed).toBe(false);
  });

  it("keeps the key when the outcome is unknown, so a retry replays the answer instead of acting again", async () => {
    const m = await merchant();
    let runs = 0;
    const flaky = async () => {
      runs++;
      throw new AppError("provider_unavailable", "no answer");
    };
    await expect(idempotent(t.prisma, m.id, "key-3", "h", flaky)).rejects.toMatchObject({ code: "provider_unavailable" });
    const replay = await idempotent(t.prisma, m.id, "key-3", "h", flaky);
    expect(replay).toMatchObject({ status: 502, replayed: true, body: { error: { code: "provider_unavailable" } } });
    expect(runs).toBe(1);
  });

  it("refuses to start with another provider while a start is under way", async () => {
    const slow = new RecordingProvider("wooshpay");
    slow.delayMs = 400;
    const other = new RecordingProvider("bancontact");
    const checkout = await createCheckout(t.prisma, await merchant(), input);
    const first = startPayment({ db: t.prisma, provider: slow, appUrl: "http://x", locale: "en" }, checkout.id);
    await new Promise((r) => setTimeout(r, 100));
    await expect(startPayment({ db: t.prisma, provider: other, appUrl: "http://x", locale: "en" }, checkout.id)).rejects.toMatchObject({ code: "payment_not_allowed" });
    await first;
    expect(other.starts).toHaveLength(0);
  });

  it("keeps the language the shopper paid in, for their receipt", async () => {
    const checkout = await createCheckout(t.prisma, await merchant(), input);
    const { paymentId } = await startPayment({ db: t.prisma, provider: new RecordingProvider(), appUrl: "http://x", locale: "de" }, checkout.id);
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).locale).toBe("de");
  });

  it("does not close the order when the provider captured another amount", async () => {
    const provider = new RecordingProvider();
    const checkout = await createCheckout(t.prisma, await merchant(), input);
    const { paymentId } = await startPayment({ db: t.prisma, provider, appUrl: "http://x", locale: "en" }, checkout.id);
    const id = provider.ids[0]!;
    await applyProviderSnapshot(t.prisma, "wooshpay", { ...provider.snapshot(id), status: "PAID", capturedAmount: 100 }, "webhook");
    expect((await t.prisma.checkout.findUniqueOrThrow({ where: { id: checkout.id } })).status).toBe("OPEN");
    const events = await t.prisma.paymentEvent.findMany({ where: { paymentId } });
    expect(events.some((e) => e.detail?.startsWith("amount mismatch"))).toBe(true);
  });

  it("refuses PPRO link and pay above the merchant's WIP maximum before calling the provider; legacy link and pay is not capped", async () => {
    await t.prisma.merchant.update({ where: { id: DEMO_MERCHANT_ID }, data: { wipMaxAmount: 20_000 } });
    try {
      // A signed-in cardholder who accepted the terms: only the amount stands in the way.
      const owner = await t.prisma.cardholder.create({ data: { id: "chd_checkouts_wipmax", email: "wipmax@example.com", emailVerified: new Date() } });
      const terms = (await currentTerms(t.prisma, DEMO_MERCHANT_ID))!;
      await acceptTerms(t.prisma, { cardholderId: owner.id, merchantId: DEMO_MERCHANT_ID, termsId: terms.id, sessionHash: "session-hash" });
      const linking = { linkCard: true, cardholderId: owner.id };
      const ppro = new RecordingProvider("ppro");
      const above = await createCheckout(t.prisma, await merchant(), { ...input, amount: 20_001 });
      await expect(startPayment({ db: t.prisma, provider: ppro, appUrl: "http://x", locale: "en", ...linking }, above.id)).rejects.toMatchObject({
        code: "amount_out_of_range",
        reason: "wip_initial_above_merchant_max",
        fields: [{ field: "amount" }],
      });
      expect(ppro.ids).toHaveLength(0);
      // Without saving the card, the same amount is paid as usual.
      await startPayment({ db: t.prisma, provider: ppro, appUrl: "http://x", locale: "en" }, above.id);
      expect(ppro.ids).toHaveLength(1);
      const atMax = await createCheckout(t.prisma, await merchant(), { ...input, amount: 20_000 });
      await startPayment({ db: t.prisma, provider: ppro, appUrl: "http://x", locale: "en", ...linking }, atMax.id);
      expect(ppro.ids).toHaveLength(2);
      const legacy = new RecordingProvider("ppro-legacy");
      const big = await createCheckout(t.prisma, await merchant(), { ...input, amount: 75_000 });
      await startPayment({ db: t.prisma, provider: legacy, appUrl: "http://x", locale: "en", ...linking }, big.id);
      expect(legacy.ids).toHaveLength(1);
    } finally {
      await t.prisma.merchant.update({ where: { id: DEMO_MERCHANT_ID }, data: { wipMaxAmount: 25_000 } });
    }
  });

  it("keeps the provider's link (sealed) once a link-and-pay payment is paid, and only then", async () => {
    class LinkingProvider extends RecordingProvider {
      override async startPayment(i: Parameters<RecordingProvider["startPayment"]>[0]) {
        return { ...(await super.startPayment(i)), linkReference: "agr_TWXXaIGRgLr5QDMiBpO5i" };
      }
    }
    const provider = new LinkingProvider();
    const checkout = await createCheckout(t.prisma, await merchant(), { ...input, customerEmail: "ann@example.com" });
    const ann = await t.prisma.cardholder.create({ data: { id: "chd_checkouts_ann", email: "ann.verified@example.com", emailVerified: new Date() } });
    const terms = (await currentTerms(t.prisma, DEMO_MERCHANT_ID))!;
    await acceptTerms(t.prisma, { cardholderId: ann.id, merchantId: DEMO_MERCHANT_ID, termsId: terms.id, sessionHash: "session-hash" });
    const { paymentId } = await startPayment({ db: t.prisma, provider, appUrl: "http://x", locale: "en", linkCard: true, cardholderId: ann.id }, checkout.id);
    expect(await t.prisma.linkedCard.findUnique({ where: { paymentId } })).toBeNull();
    provider.states.get(provider.ids[0]!)!.status = "PAID";
    await applyProviderSnapshot(t.prisma, "wooshpay", provider.snapshot(provider.ids[0]!), "webhook");
    const card = await t.prisma.linkedCard.findUniqueOrThrow({ where: { paymentId } });
    expect(card.tokenEncrypted).not.toContain("agr_");
    expect(unseal(card.tokenEncrypted ?? "")).toBe("agr_TWXXaIGRgLr5QDMiBpO5i");
    expect(card.cardholderId).toBe(ann.id);
    expect(card.status).toBe("ACTIVE");
    // The provider revokes the agreement: the card is marked so, and never charged again.
    expect(await updateLinkStatus(t.prisma, "agr_TWXXaIGRgLr5QDMiBpO5i", "REVOKED")).toBe(true);
    const revoked = await t.prisma.linkedCard.findUniqueOrThrow({ where: { paymentId } });
    expect(revoked.status).toBe("REVOKED");
    expect(revoked.deletedAt).not.toBeNull();
    expect(revoked.tokenEncrypted).toBeNull();
    expect(await updateLinkStatus(t.prisma, "agr_unknown", "REVOKED")).toBe(false);
  });

  it("starts one payment for a double click, and calls the provider once", async () => {
    const provider = new RecordingProvider();
    provider.delayMs = 300;
    const checkout = await createCheckout(t.prisma, await merchant(), input);
    const ctx = { db: t.prisma, provider, appUrl: "http://localhost:3999", locale: "en" };
    const [a, b] = await Promise.all([startPayment(ctx, checkout.id), startPayment(ctx, checkout.id)]);
    expect(a.paymentId).toBe(b.paymentId);
    expect(provider.starts).toHaveLength(1);
    expect(provider.starts[0]!.idempotencyKey).toBe(a.paymentId);
    expect(a.action).toEqual({ type: "redirect", url: `https://bank.test/${provider.ids[0]}` });
  });

  it("cancels an abandoned attempt at the provider before a retry", async () => {
    const provider = new RecordingProvider();
    const checkout = await createCheckout(t.prisma, await merchant(), input);
    const later = new Date(Date.now() + 5 * 60_000);
    const first = await startPayment({ db: t.prisma, provider, appUrl: "http://x", locale: "en" }, checkout.id);
    const second = await startPayment({ db: t.prisma, provider, appUrl: "http://x", locale: "en", now: () => later }, checkout.id);
    expect(second.paymentId).not.toBe(first.paymentId);
    expect(provider.cancels).toEqual([provider.ids[0]]);
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: first.paymentId } })).status).toBe("CANCELLED");
  });

  it("refuses a new payment while one is authorised, and after the checkout is paid", async () => {
    const provider = new RecordingProvider();
    const checkout = await createCheckout(t.prisma, await merchant(), input);
    const ctx = { db: t.prisma, provider, appUrl: "http://x", locale: "en" };
    const { paymentId } = await startPayment(ctx, checkout.id);
    provider.states.get(provider.ids[0]!)!.status = "AUTHORIZED";
    await applyProviderSnapshot(t.prisma, "wooshpay", provider.snapshot(provider.ids[0]!), "webhook");
    await expect(startPayment({ ...ctx, now: () => new Date(Date.now() + 600_000) }, checkout.id)).rejects.toMatchObject({ code: "payment_not_allowed" });
    provider.states.get(provider.ids[0]!)!.status = "PAID";
    await applyProviderSnapshot(t.prisma, "wooshpay", provider.snapshot(provider.ids[0]!), "webhook");
    await expect(startPayment(ctx, checkout.id)).rejects.toMatchObject({ code: "payment_not_allowed" });
    expect((await t.prisma.checkout.findUniqueOrThrow({ where: { id: checkout.id } })).status).toBe("PAID");
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).capturedAmount).toBe(2450);
  });

  it("reaches the same final state whatever order the reports come in", async () => {
    const orders: PaymentStatus[][] = [
      ["PENDING", "AUTHORIZED", "PAID"],
      ["PAID", "AUTHORIZED", "PENDING"],
      ["AUTHORIZED", "PAID", "PAID", "PENDING"],
    ];
    for (const order of orders) {
      const provider = new RecordingProvider();
      const checkout = await createCheckout(t.prisma, await merchant(), input);
      const { paymentId } = await startPayment({ db: t.prisma, provider, appUrl: "http://x", locale: "en" }, checkout.id);
      for (const status of order) {
        provider.states.get(provider.ids[0]!)!.status = status;
        await applyProviderSnapshot(t.prisma, "wooshpay", provider.snapshot(provider.ids[0]!), "webhook");
      }
      const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { events: true } });
      expect(payment.status).toBe("PAID");
      // Each state entered once: no transition applied twice.
      const entered = payment.events.map((e) => e.toStatus).filter((s) => s === "PAID");
      expect(entered).toHaveLength(1);
    }
  });
});
