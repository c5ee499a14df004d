import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createWorldpayProvider } from "./client";
import { buildCreateRequest, paymentIdFromHref } from "./request";
import { ApmPaymentCreatedSchema, CreateApmPaymentRequestSchema, WorldpayErrorSchema, WorldpayEventSchema } from "./schemas";
import { mapWorldpayLastEvent, worldpayFailure, worldpayRefundState } from "./status";
import { ProviderError, type StartPaymentInput } from "../types";

// The 201 and 400 bodies of seed 003, verbatim.
const seedId =
  "eyJrIjoiYXBtLXNlcnZpY2UtbG9jYWwiLCJsaW5rVmVyc2lvbiI6IjYuMC4wIn0=.BnnxxcMle38OazhwbF8J+4rtJi8CAq:Y3zUOn1dw6VWfvx:PHL5L0S+5ara5vz6ouV5yBmVUQCiSwQjs+1x5qJIJxAKWMWc2Mlb1doricEYlzsZIRIGCflvnYu1Ns8g1S0+66n6wCELiB9OHfX7cdDZM8QaH19DiFbmMAchPSTy3YhKhjHb7eU81eSTnCsB+em66NOYspir3PJsMwGsI7DgQG6H8RA6ud004Gi7UbmmWuCYako2x2qLNAoCkV0HeDe9tVGUUJ8RPRm2jMHH20eHV:lzKfpwhCpCj20XtN:CPsSI2e:sopgZlkbmyvzDIeWSIThE3J1pPGsapqefRFo:b1Rfx8XquR8u:dBYr5a70wYkewsxOvrYXmLip3Fvy7rdfTE9SB:F5xmui5ij57ItzoUGQqmhdlJEFtZOvawnk19rQ8+2IHhZzeukzTZ41bET6DfydrjX20ywVxbq2Jw==";
const seedCreated = {
  paymentInstrument: { method: "bancontact", type: "direct" },
  paymentId: seedId,
  lastEvent: "pending",
  _links: { self: { href: `https://try.access.worldpay.com/apmPayments/${seedId}` } },
  _actions: {},
  redirect: "http://secure-test.worldpay.com/redirect?tokenId=dc9c308b-d56b-4823-968e-0f94b20d6b73",
  commandId: "cmdOl8x_MaK4TxcF3exdl5cL0",
};
const seedError = {
  errorName: "bodyDoesNotMatchSchema",
  message: "The json body provided does not match the expected schema",
  validationErrors: [{ errorName: "fieldHasInvalidValue", message: "Field is mandatory", jsonPath: "$.instruction.value.amount" }],
};

const input: StartPaymentInput = {
  paymentId: "pay_123",
  amount: 2500,
  currency: "EUR",
  description: "  Order 42 at the Mind Palace bookshop  ",
  merchantReference: "order-42",
  customerEmail: "shopper@example.com",
  shopperName: "",
  returnUrl: "https://shop.example/checkout/return?c=chk_1",
  webhookUrl: "https://shop.example/api/webhooks/worldpay",
  idempotencyKey: "pay_123",
  locale: "nl-BE",
  linkCard: false,
};
const config = { apiUrl: "https://wp.test", username: "user", password: "pass", entity: "default", webhookUrl: "https://shop.example/hook" };

describe("Worldpay wire format", () => {
  it("parses the seed's 201 and 400 bodies", () => {
    expect(ApmPaymentCreatedSchema.parse(seedCreated)).toEqual(seedCreated);
    expect(WorldpayErrorSchema.parse(seedError)).toEqual(seedError);
    expect(mapWorldpayLastEvent(seedCreated.lastEvent)).toBe("PENDING");
  });

  it("builds a Bancontact request in Worldpay's shape", () => {
    const body = buildCreateRequest(input, "default");
    expect(CreateApmPaymentRequestSchema.parse(body)).toEqual(body);
    expect(body.transactionReference).toBe("pay_123");
    expect(body.instruction.narrative.line1).toBe("Order 42 at the Mind Pal");
    expect(body.instruction.paymentInstrument).toEqual({ type: "direct", country: "BE" });
    expect(new URL(body.instruction.resultUrls.failure).searchParams.get("outcome")).toBe("failure");
    expect(new URL(body.instruction.resultUrls.success).searchParams.get("c")).toBe("chk_1");
  });

  it("reads the payment id out of an event link, never anything else", () => {
    expect(paymentIdFromHref(`https://try.access.worldpay.com/apmPayments/${seedId}`)).toBe(seedId);
    expect(paymentIdFromHref("https://x/apmPayments/abc%2Bd/reversals")).toBe("abc+d");
    expect(paymentIdFromHref("")).toBeNull();
    expect(paymentIdFromHref("https://evil.example/other/abc")).toBeNull();
  });

  it("maps lastEvent values", () => {
    const m = mapWorldpayLastEvent;
    expect([m("pending"), m("authorized"), m("sentForSettlement"), m("settled"), m("refunded")]).toEqual(["PENDING", "AUTHORIZED", "PAID", "PAID", "PAID"]);
    expect([m("refused"), m("error"), m("cancelled"), m("cancelledByCustomer"), m("expired")]).toEqual(["FAILED", "FAILED", "CANCELLED", "CANCELLED", "EXPIRED"]);
    expect([m("chargedBack"), m("settlementReversed"), m("unknown"), m("somethingNew"), m("toString")]).toEqual(["REVERSED", "REVERSED", "PENDING", "PENDING", "PENDING"]);
    expect(worldpayFailure("refused")?.code).toBe("refused");
    expect(worldpayFailure("sentForSettlement")).toBeNull();
  });

  it("parses an Events webhook", () => {
    const e = { eventId: "bb55", eventTimestamp: "2018-06-13T14:18:13.407", eventDetails: { classification: "payment", transactionReference: "Memory265-13/08/1876", type: "refused", date: "2017-11-03" } };
    expect(WorldpayEventSchema.parse(e).eventDetails.type).toBe("refused");
  });
});

describe("Worldpay client", () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

  it("turns a 400 with validationErrors into a rejected ProviderError carrying every entry", async () => {
    vi.stubGlobal("fetch", answer(400, seedError));
    const err = await createWorldpayProvider(config).startPayment(input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ kind: "rejected", details: { code: "bodyDoesNotMatchSchema", httpStatus: 400, validationErrors: [{ path: "$.instruction.value.amount", message: "Field is mandatory" }] } });
  });

  it("refuses amounts outside 0.02–5,000 EUR and refunds above 3,000 EUR before calling", async () => {
    const fetch = answer(201, seedCreated);
    vi.stubGlobal("fetch", fetch);
    const p = createWorldpayProvider(config);
    await expect(p.startPayment({ ...input, amount: 1 })).rejects.toMatchObject({ kind: "rejected", details: { field: "amount" } });
    await expect(p.startPayment({ ...input, amount: 500_001 })).rejects.toMatchObject({ kind: "rejected", details: { field: "amount" } });
    await expect(p.refundPayment({ providerPaymentId: seedId, amount: 300_001, currency: "EUR", description: "", idempotencyKey: "ref_1" })).rejects.toMatchObject({ details: { field: "amount" } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("starts a payment with Basic auth and the API version, and returns the redirect", async () => {
    const fetch = answer(201, seedCreated);
    vi.stubGlobal("fetch", fetch);
    const started = await createWorldpayProvider(config).startPayment(input);
    expect(started).toMatchObject({ providerPaymentId: seedId, ourPaymentId: "pay_123", status: "PENDING", action: { type: "redirect", url: seedCreated.redirect } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("https://wp.test/apmPayments");
    const headers = init.headers as Record<string, string>;
    expect(headers.authorization).toBe(`Basic ${Buffer.from("user:pass").toString("base64")}`);
    expect(headers["wp-api-version"]).toBe("2024-07-01");
  });

  it("webhooks: reads the status from the configured apiUrl, never from the body", async () => {
    const fetch = answer(200, { paymentId: "abc+1", transactionReference: "pay_123", lastEvent: "sentForSettlement", value: { amount: 2500, currency: "EUR" } });
    vi.stubGlobal("fetch", fetch);
    const body = JSON.stringify({ eventId: "e1", eventDetails: { transactionReference: "pay_123", type: "refused", _links: { payment: { href: "https://evil.example/apmPayments/abc+1" } } } });
    const v = await createWorldpayProvider(config).verifyWebhook(body, new Headers(), new Date());
    expect(v).toEqual({
      ok: true,
      event: { eventId: createHash("sha256").update(body).digest("hex"), eventType: "refused", snapshot: expect.objectContaining({ status: "PAID", capturedAmount: 2500, providerPaymentId: "abc+1" }) },
    });
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe("https://wp.test/apmPayments/abc%2B1");
  });

  it("webhooks: rejects bodies that do not parse and payments Worldpay does not know", async () => {
    vi.stubGlobal("fetch", answer(404, { errorName: "resourceNotFound", message: "No such payment" }));
    const p = createWorldpayProvider(config);
    expect((await p.verifyWebhook("not json", new Headers(), new Date())).ok).toBe(false);
    expect((await p.verifyWebhook(JSON.stringify({ eventId: "e" }), new Headers(), new Date())).ok).toBe(false);
    const unknown = JSON.stringify({ eventId: "e", eventDetails: { transactionReference: "x", type: "settled", _links: { payment: { href: "https://wp.test/apmPayments/nope" } } } });
    expect(await p.verifyWebhook(unknown, new Headers(), new Date())).toMatchObject({ ok: false });
  });
});

describe("Worldpay refund state", () => {
  it("maps a refund's last event", () => {
    expect(worldpayRefundState("refunded")).toEqual({ status: "SUCCEEDED" });
    expect(worldpayRefundState("sentForRefund")).toEqual({ status: "PENDING" });
    expect(worldpayRefundState(null)).toEqual({ status: "PENDING" });
    for (const e of ["refundFailed", "refundExpired", "refundReversed"]) expect(worldpayRefundState(e).status).toBe("FAILED");
  });
});
