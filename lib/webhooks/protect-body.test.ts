import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, seal, type KeyRing } from "../crypto/secret-box";
import { bodySha256, maskIban, protectBody, truncateBody } from "./protect-body";

const ring: KeyRing = { current: randomBytes(32), previous: [] };
const sealer = (s: string) => seal(s, ring);

describe("stored webhook bodies", () => {
  it("masks a Bancontact callback's debtor IBAN, keeping an already masked one", () => {
    const clear = JSON.stringify({ paymentId: "a".repeat(24), status: "SUCCEEDED", debtor: { iban: "BE68539007547034", name: "Jan" } });
    expect(JSON.parse(protectBody(clear, sealer)).debtor).toEqual({ iban: "BE68 **** **** 7034", name: "Jan" });
    const masked = JSON.stringify({ paymentId: "a".repeat(24), debtor: { iban: "*************12636", name: "Jan" } });
    expect(protectBody(masked, sealer)).toBe(masked);
  });

  it("masks an IBAN anywhere in any provider's JSON, with or without spaces", () => {
    const body = JSON.stringify({ data: { object: { note: "from GB82 WEST 1234 5698 7654 32 thanks", bank: { account: "DE89370400440532013000" } } } });
    const stored = protectBody(body, sealer);
    expect(stored).not.toMatch(/WEST 1234|DE89370400440532013000/);
    expect(stored).toContain("from GB82 **** **** 5432 thanks");
    expect(stored).toContain("DE89 **** **** 3000");
  });

  it("seals a PPRO agreement id and instrument id, which open again with the key", () => {
    const event = { specversion: "1.0", id: "evt-1", type: "PAYMENT_AGREEMENT_REVOKED", data: { id: "agr_TWXXaIGRgLr5QDMiBpO5i", instrumentId: "instr_0J75cbDCIrhZBsuSuvdxb", status: "REVOKED" } };
    const stored = JSON.parse(protectBody(JSON.stringify(event), sealer)) as typeof event;
    expect(JSON.stringify(stored)).not.toMatch(/agr_TWXX|instr_0J75/);
    expect(open(stored.data.id, ring)).toBe("agr_TWXXaIGRgLr5QDMiBpO5i");
    expect(open(stored.data.instrumentId, ring)).toBe("instr_0J75cbDCIrhZBsuSuvdxb");
    expect(stored).toMatchObject({ id: "evt-1", type: "PAYMENT_AGREEMENT_REVOKED", data: { status: "REVOKED" } });
  });

  it("seals a TRANSACTION API card token and masks the source IBAN in a url-encoded body", () => {
    const form = "txid=123456&notificationtype=tx&SPECOUT.CARDTOKEN=ABCDE-FGH-IJKLOM123456&SPECOUT.SRCIBAN=BE12561483558692&specin.cardtoken=ABCDE-FGH-IJKLOM123456";
    const stored = new URLSearchParams(protectBody(form, sealer));
    expect(stored.get("txid")).toBe("123456");
    expect(open(stored.get("SPECOUT.CARDTOKEN")!, ring)).toBe("ABCDE-FGH-IJKLOM123456");
    expect(open(stored.get("specin.cardtoken")!, ring)).toBe("ABCDE-FGH-IJKLOM123456");
    expect(stored.get("SPECOUT.SRCIBAN")).toBe("BE12 **** **** 8692");
    expect(stored.toString()).not.toContain("IJKLOM");
  });

  it("drops a PaymentIntent's client secret", () => {
    const stored = JSON.parse(protectBody(JSON.stringify({ client_secret: "pi_1_secret_abc", amount: 5 }), sealer));
    expect(stored).toEqual({ client_secret: "[redacted]", amount: 5 });
  });

  it("protects a body that is neither JSON nor a form", () => {
    expect(protectBody("garbage BE68 5390 0754 7034 and agr_TWXXaIGRgLr5QDMiBpO5i {", sealer)).toMatch(/^garbage BE68 \*\*\*\* \*\*\*\* 7034 and v2\.[0-9a-f]{8}\.\S+ \{$/);
  });

  it("keeps what is not an IBAN nor a card handle", () => {
    const body = JSON.stringify({ id: "evt_1", merchant_order_id: "pay_aaaaaaaaaaaaaaaaaaaa", contract: "MAISONPRALINETESTCONTRACT", amount: 1200 });
    expect(protectBody(body, sealer)).toBe(body);
  });

  it("masks IBANs to country, check digits and last four", () => {
    expect(maskIban("BE68 5390 0754 7034")).toBe("BE68 **** **** 7034");
    expect(maskIban("not-an-iban-123456789")).toBe("**** 6789");
  });

  it("truncates to whole characters and hashes what was received", () => {
    expect(Buffer.byteLength(truncateBody("é".repeat(2000)))).toBe(2048);
    const cut = truncateBody("€".repeat(1000));
    expect(cut.endsWith("\uFFFD")).toBe(false);
    expect(Buffer.byteLength(cut)).toBe(2046);
    expect(truncateBody("short")).toBe("short");
    expect(bodySha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
