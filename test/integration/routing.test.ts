// Routing with fallback (lib/routing, lib/checkouts/start-routed-payment.ts): the first provider
// of the merchant's route is WooshPay's own sandbox over real HTTP, made to answer 503 by the
// sandbox fault switch; the next in line is a recording provider. One payment is made, at the
// second provider, with the reason recorded; a refusal does not fall through; the routing
// settings are saved in the order shown. On PGlite and the real PostgreSQL.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toWebRequest, writeWebResponse } from "./web-adapter";
import { BACKENDS, useAsProcessDatabase } from "./databases";
import { RecordingProvider } from "./fake-provider";
import * as createRoute from "@/app/(sandbox)/sandbox/wooshpay/v1/payment_intents/route";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { startRoutedPayment } from "@/lib/checkouts/start-routed-payment";
import { db } from "@/lib/db/client";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { env } from "@/lib/env";
import type { ProviderId } from "@/lib/payments/providers";
import { createWooshpayProvider } from "@/lib/providers/wooshpay/client";
import { ProviderError, type PaymentProvider } from "@/lib/providers/types";
import { routeFromForm, saveRoute } from "@/lib/routing/settings";
import { setFault } from "@/lib/sandboxes/faults";

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  void (async () => {
    const { request, url } = await toWebRequest(req, apiUrl);
    if (req.method !== "POST" || url.pathname !== "/v1/payment_intents") return void res.writeHead(404).end();
    await writeWebResponse(res, await createRoute.POST(request, { params: Promise.resolve({}) }));
  })().catch((e: unknown) => res.writeHead(500).end(String(e)));
});
let apiUrl = "";
let wooshpay: PaymentProvider;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const s = env().sandbox;
  wooshpay = createWooshpayProvider({ apiUrl, secretKey: s.wooshpaySecretKey, webhookSecret: s.wooshpayWebhookSecret });
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const AVAILABLE: ProviderId[] = ["wooshpay", "worldpay"];
let seq = 0;

describe.each(BACKENDS)("routing and fallback on $name", ({ open }) => {
  useAsProcessDatabase(open);
  let worldpay: RecordingProvider;
  const providers = (over: Partial<Record<ProviderId, PaymentProvider>> = {}) => (id: ProviderId) => ({ wooshpay, worldpay, ...over })[id as "wooshpay" | "worldpay"];

  beforeEach(async () => {
    worldpay = new RecordingProvider("worldpay");
    await (await db()).merchant.update({ where: { id: DEMO_MERCHANT_ID }, data: { enabledProviders: ["wooshpay", "worldpay"] } });
  });

  const checkout = async () => {
    const prisma = await db();
    const merchant = await prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
    return createCheckout(prisma, merchant, { amount: 3345, currency: "EUR", description: "Pralines", merchantReference: `R-${++seq}`, shopperName: "Ann Peeters", returnUrl: "http://localhost:3999/orders/R" });
  };
  const start = async (checkoutId: string, getProvider = providers()) => startRoutedPayment({ db: await db(), getProvider, available: AVAILABLE, appUrl: "http://localhost:3999", locale: "en" }, checkoutId);

  it("tries the next provider when the first answers 503, within the same request: one payment, at the second, with the reason", async () => {
    await setFault("wooshpay", "create-503");
    try {
      const c = await checkout();
      const result = await start(c.id);
      expect(result.provider).toBe("worldpay");
      const payments = await (await db()).payment.findMany({ where: { checkoutId: c.id }, orderBy: { createdAt: "asc" } });
      // The attempt at WooshPay is recorded and closed: nothing in flight, nothing at the provider.
      expect(payments.map((p) => [p.provider, p.status, p.providerPaymentId === null])).toEqual([
        ["wooshpay", "FAILED", true],
        ["worldpay", "PENDING", false],
      ]);
      expect(await (await db()).sandboxWooshpayIntent.count({ where: { merchantOrderId: payments[0]!.id } })).toBe(0);
      expect(payments[1]).toMatchObject({ id: result.paymentId, fallbackFrom: "wooshpay", routedReason: "wooshpay answered HTTP 503" });
      expect(worldpay.starts).toHaveLength(1);

      // A second click while it is open reuses it: still one payment at the second provider.
      const again = await start(c.id);
      expect(again.paymentId).toBe(result.paymentId);
      expect(worldpay.starts).toHaveLength(1);
    } finally {
      await setFault("wooshpay", "none");
    }
  });

  it("serves from the first in line when it answers, recording no fallback", async () => {
    const c = await checkout();
    const result = await start(c.id);
    expect(result.provider).toBe("wooshpay");
    const payment = await (await db()).payment.findUniqueOrThrow({ where: { id: result.paymentId } });
    expect(payment).toMatchObject({ provider: "wooshpay", status: "PENDING", fallbackFrom: null, routedReason: null });
    expect(worldpay.starts).toHaveLength(0);
  });

  it("does not fall through a refusal (4xx): the shopper is told, the next provider is not called", async () => {
    const refusing = new RecordingProvider("wooshpay");
    refusing.startPayment = async () => {
      throw new ProviderError("wooshpay", "rejected", "amount too large", { httpStatus: 400, field: "amount" });
    };
    const c = await checkout();
    await expect(start(c.id, providers({ wooshpay: refusing }))).rejects.toMatchObject({ code: "provider_rejected" });
    expect(worldpay.starts).toHaveLength(0);
    expect(await (await db()).payment.count({ where: { checkoutId: c.id } })).toBe(1);
  });

  it("when every provider is down, says so and leaves nothing open", async () => {
    const down = new RecordingProvider("worldpay");
    down.startPayment = async () => {
      throw new ProviderError("worldpay", "unavailable", "Worldpay could not be reached: The operation was aborted due to timeout");
    };
    await setFault("wooshpay", "create-503");
    try {
      const c = await checkout();
      await expect(start(c.id, providers({ worldpay: down }))).rejects.toMatchObject({ code: "provider_unavailable" });
      const statuses = (await (await db()).payment.findMany({ where: { checkoutId: c.id } })).map((p) => p.status);
      expect(statuses).toEqual(["FAILED", "FAILED"]);
    } finally {
      await setFault("wooshpay", "none");
    }
  });

  it("saves the routing settings exactly in the order shown", async () => {
    const prisma = await db();
    const all: ProviderId[] = ["bancontact", "wooshpay", "ppro", "ppro-legacy", "worldpay"];
    const shown = routeFromForm({ route: "payment", order: ["worldpay", "bancontact", "wooshpay", "ppro"], use: ["wooshpay", "worldpay", "bancontact"], move: { dir: "down", id: "worldpay" } }, all);
    if ("error" in shown) throw new Error(shown.error);
    await saveRoute(prisma, DEMO_MERCHANT_ID, "payment", shown.route);
    expect((await prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } })).enabledProviders).toEqual(["bancontact", "worldpay", "wooshpay"]);
    await saveRoute(prisma, DEMO_MERCHANT_ID, "linking", ["ppro-legacy", "ppro"]);
    expect((await prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } })).linkingRoute).toEqual(["ppro-legacy", "ppro"]);
  });
});
