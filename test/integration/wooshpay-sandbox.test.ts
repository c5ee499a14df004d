// The WooshPay client against the WooshPay sandbox's own create route, over real HTTP: the
// shopper's name goes out as billing_details firstName/lastName (seed 000), and the sandbox
// refuses a Bancontact intent without it (what we sent before the checkout asked for the name).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toWebRequest, writeWebResponse } from "./web-adapter";
import { BACKENDS, useAsProcessDatabase } from "./databases";
import * as createRoute from "@/app/(sandbox)/sandbox/wooshpay/v1/payment_intents/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createWooshpayProvider } from "@/lib/providers/wooshpay/client";
import { ProviderError, type PaymentProvider, type StartPaymentInput } from "@/lib/providers/types";

async function adapt(req: IncomingMessage, res: ServerResponse, base: string) {
  const { request, url } = await toWebRequest(req, base);
  if (req.method !== "POST" || url.pathname !== "/v1/payment_intents") {
    res.writeHead(404).end();
    return;
  }
  await writeWebResponse(res, await createRoute.POST(request, { params: Promise.resolve({}) }));
}

const server = createServer((req, res) => void adapt(req, res, apiUrl).catch((e: unknown) => res.writeHead(500).end(String(e))));
let apiUrl = "";
let provider: PaymentProvider;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const s = env().sandbox;
  provider = createWooshpayProvider({ apiUrl, secretKey: s.wooshpaySecretKey, webhookSecret: s.wooshpayWebhookSecret });
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

let seq = 0;
const input = (over: Partial<StartPaymentInput> = {}): StartPaymentInput => {
  const paymentId = `pay_wsp_${Date.now()}_${++seq}`;
  return {
    paymentId,
    amount: 2000,
    currency: "EUR",
    description: "Speculoos",
    merchantReference: `S-${seq}`,
    customerEmail: "tom.hans@example.be",
    shopperName: "Tom Hans",
    returnUrl: "http://localhost:3999/checkout/return?c=chk_1",
    webhookUrl: "unused",
    idempotencyKey: paymentId,
    locale: "en",
    linkCard: false,
    ...over,
  };
};
const post = (body: unknown) =>
  fetch(`${apiUrl}/v1/payment_intents`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${env().sandbox.wooshpaySecretKey}` }, body: JSON.stringify(body) });
const seedBody = (billing: Record<string, unknown>) => ({ amount: 2000, currency: "EUR", confirm: true, payment_method_data: { type: "bancontact", billing_details: { address: { country: "BE" }, ...billing } }, merchant_order_id: `txid_${Date.now()}_${++seq}`, return_url: "https://wooshpay.com" });

describe.each(BACKENDS)("WooshPay sandbox and the shopper's name on $name", ({ open }) => {
  useAsProcessDatabase(open);

  it("sends the typed name split as the seed does, and the sandbox keeps it", async () => {
    const started = await provider.startPayment(input({ shopperName: "Marie Claire Dupont" }));
    expect(started.status).toBe("PENDING");
    const row = await (await db()).sandboxWooshpayIntent.findUniqueOrThrow({ where: { id: started.providerPaymentId } });
    expect(row.billingDetails).toEqual({ address: { country: "BE" }, firstName: "Marie Claire", lastName: "Dupont", email: "tom.hans@example.be" });
  });

  it("sends a one-word name as firstName only, which the sandbox accepts", async () => {
    const started = await provider.startPayment(input({ shopperName: "Madonna" }));
    const row = await (await db()).sandboxWooshpayIntent.findUniqueOrThrow({ where: { id: started.providerPaymentId } });
    expect(row.billingDetails).toMatchObject({ firstName: "Madonna" });
    expect(row.billingDetails).not.toHaveProperty("lastName");
  });

  it("refuses billing_details without the payer's name, naming the param: the request we sent before", async () => {
    for (const billing of [{}, { email: "tom.hans@example.be" }, { firstName: "  ", lastName: "Hans" }]) {
      const res = await post(seedBody(billing));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error", code: "parameter_missing", param: "payment_method_data[billing_details][firstName]" } });
    }
    expect((await post(seedBody({ firstName: "Tom", lastName: "Hans" }))).status).toBe(200);
    const refused = await provider.startPayment(input({ shopperName: "" })).then(() => null, (e: unknown) => e as ProviderError);
    expect(refused).toBeInstanceOf(ProviderError);
    expect(refused?.kind).toBe("rejected");
  });
});
