import { describe, expect, it } from "vitest";
import { parseForm, toForm } from "./form";
import { transactionRequest, wipTransactionRequest } from "./requests";
import { TransactionRequestSchema, TransactionResultSchema, WipTransactionRequestSchema } from "./schemas";
import { mapPproLegacyStatus, normalizeCardExpiry } from "./status";

// The examples of seed 002, verbatim (line breaks included: the listing wraps one value).
const seedLinkAndPayRequest = `tag=bcmc
&txtype=TRANSACTION
&countrycode=BE
&currency=EUR
&amount=1055
&merchanttxid=MYp3MF6zHDQm
&login=johndoe
&password=wXBrpVporFVjGO4R
&contractid=JOHNDOETESTCONTRACT
&channel=testchannel
&merchantredirecturl=https%3A%2F%2Fmerchant.com%2Fwork%2Fppro2%2Flanding.php
&notificationurl=https%3A%2F%2Fmerchant.com%2Fwork%2Fppro2%2Fnotification.php
&specin.dynamicdescriptor=DynDescriptor
&specin.linkcard=wiplinkandpay
&accountholdername=Tester+Doe
&returnmode=urlencodeext`;

const seedLinkAndPayResponse = `REQUESTSTATUS=SUCCEEDED
&STATUS=PENDING
&TXID=600520459
&ERRMSG=
&CHANNEL=testchannel
&TAG=bcmc
&REDIRECTSECRET=d6rSVahlxK0t0Du8tpD12VRE3PosHBUA
&REDIRECTURL=https%3A%2F%2Fbancontact.girogate.be%2Fbi%2Ft2
bc%3Ftx%3D600520459%26rs%3D...%26cs%3D...
&SPECOUT.BEPURL=BEP://1BC.GIROGATE.DE/BCMC/123456789$ICAE3BUIH5P9U53Y5HKA9CRT
&SPECOUT.SRCCOUNTRY=BE`;

const seedStatusResponse = `REQUESTSTATUS=SUCCEEDED
&STATUS=SUCCEEDED
&TXID=600520459
&CHANNEL=testchannel
&TAG=bcmc
&REDIRECTSECRET=d6rSVahlxK0t0Du8tpD12VRE3PosHBUA
&SPECOUT.BEPURL=BEP://1BC.GIROGATE.DE/BCMC/123456789$ICAE3BUIH5P9U53Y5HKA9CRT
&SPECOUT.CARDBIN=670999
&SPECOUT.CARDEXPIRY=2027-05
&SPECOUT.CARDLAST4DIGITS=9999
&SPECOUT.CARDTOKEN=ABCDE-FGH-IJKLOM123456
&SPECOUT.PAYMENTPURPOSE=2G2B9HU
&SPECOUT.SRCBIC=GKCCBEBB
&SPECOUT.SRCCOUNTRY=BE
&SPECOUT.SRCIBAN=BE12561483558692
&SPECOUT.TRANSACTIONFLOW=ecommerce`;

const seedWipRequest = `tag=bancontactwip
&txtype=TRANSACTION
&countrycode=BE
&currency=EUR
&amount=1500
&merchanttxid=LdY6ENK71eNk
&login=johndoe
&password=wXBrpVporFVjGO4R
&contractid=JOHNDOETESTCONTRACT
&channel=testchannel
&merchantredirecturl=https%3A%2F%2Fmerchant.com%2Fwork%2Fppro2%2Flanding.php
&notificationurl=https%3A%2F%2Fmerchant.com%2Fwork%2Fppro2%2Fnotification.php
&specin.dynamicdescriptor=DynDescriptor
&specin.cardtoken=ABCDE-FGH-IJKLOM123456
&specin.initiation=consumer
&accountholdername=Tester+Doe
&returnmode=urlencodeext`;

const seedWipResponse = `REQUESTSTATUS=SUCCEEDED
&STATUS=SUCCEEDED
&TXID=600520470
&ERRMSG=
&CHANNEL=testchannel
&TAG=bancontactwip
&REDIRECTSECRET=d6rSVahlxK0t0Du8tpD12VRE3PosHBUA
&SPECOUT.PAYMENTPURPOSE=2S2TJXC
&SPECOUT.SRCBIC=GKCCBEBB
&SPECOUT.SRCCOUNTRY=BE
&SPECOUT.SRCIBAN=BE12561483558692`;

const oneLine = (s: string) => s.replace(/\n/g, "");
const seedConfig = {
  apiUrl: "https://api.test",
  login: "johndoe",
  password: "wXBrpVporFVjGO4R",
  contractId: "JOHNDOETESTCONTRACT",
  channel: "testchannel",
  notificationUrl: "https://merchant.com/work/ppro2/notification.php",
};

function ok<T>(r: { success: true; data: T } | { success: false; message: string }): T {
  if (!r.success) throw new Error(r.message);
  return r.data;
}

describe("PPRO TRANSACTION API wire format", () => {
  it("parses the seed's link-and-pay request and answer", () => {
    const req = ok(parseForm(TransactionRequestSchema, seedLinkAndPayRequest));
    expect(req.accountholdername).toBe("Tester Doe");
    expect(req.merchantredirecturl).toBe("https://merchant.com/work/ppro2/landing.php");
    const res = ok(parseForm(TransactionResultSchema, seedLinkAndPayResponse));
    expect(res.TXID).toBe("600520459");
    expect(res.REDIRECTURL).toBe("https://bancontact.girogate.be/bi/t2bc?tx=600520459&rs=...&cs=...");
    expect(res["SPECOUT.BEPURL"]).toBe("BEP://1BC.GIROGATE.DE/BCMC/123456789$ICAE3BUIH5P9U53Y5HKA9CRT");
    expect(mapPproLegacyStatus(res.STATUS)).toBe("PENDING");
  });

  it("parses the seed's status answer with the linked card", () => {
    const res = ok(parseForm(TransactionResultSchema, seedStatusResponse));
    expect(mapPproLegacyStatus(res.STATUS)).toBe("PAID");
    expect([res["SPECOUT.CARDTOKEN"], res["SPECOUT.CARDBIN"], res["SPECOUT.CARDLAST4DIGITS"], res["SPECOUT.CARDEXPIRY"]]).toEqual([
      "ABCDE-FGH-IJKLOM123456",
      "670999",
      "9999",
      "2027-05",
    ]);
  });

  it("parses the seed's WIP request and answer", () => {
    const req = ok(parseForm(WipTransactionRequestSchema, seedWipRequest));
    expect(req["specin.initiation"]).toBe("consumer");
    const res = ok(parseForm(TransactionResultSchema, seedWipResponse));
    expect(res.TAG).toBe("bancontactwip");
    expect(mapPproLegacyStatus(res.STATUS)).toBe("PAID");
  });

  it("builds the seed's link-and-pay request byte for byte", () => {
    const ours = transactionRequest(seedConfig, {
      paymentId: "MYp3MF6zHDQm",
      amount: 1055,
      currency: "EUR",
      description: "  DynDescriptor ",
      merchantReference: "R-1",
      customerEmail: "tester.doe@example.com",
      shopperName: "Tester Doe",
      returnUrl: "https://merchant.com/work/ppro2/landing.php",
      webhookUrl: "unused",
      idempotencyKey: "k",
      locale: "en",
      linkCard: true,
    });
    expect(toForm(ours)).toBe(oneLine(seedLinkAndPayRequest));
    expect(ok(parseForm(TransactionRequestSchema, toForm(ours)))).toEqual(ours);
  });

  it("builds the seed's one-click WIP request byte for byte", () => {
    const ours = wipTransactionRequest(seedConfig, {
      token: "ABCDE-FGH-IJKLOM123456",
      amount: 1500,
      merchantTxId: "LdY6ENK71eNk",
      initiation: "consumer",
      description: "DynDescriptor",
      redirectUrl: "https://merchant.com/work/ppro2/landing.php",
      accountHolderName: " Tester Doe ",
    });
    expect(toForm(ours)).toBe(oneLine(seedWipRequest));
    expect(ok(parseForm(WipTransactionRequestSchema, toForm(ours)))).toEqual(ours);
  });

  it("sends merchant-initiated WIP without a name we do not have", () => {
    const ours = wipTransactionRequest(seedConfig, { token: "T", amount: 1, merchantTxId: "m", initiation: "merchant", description: "d", redirectUrl: "https://shop.test/cards", accountHolderName: null });
    const names = [...new URLSearchParams(toForm(ours)).keys()];
    expect(names).not.toContain("accountholdername");
    expect(ours["specin.initiation"]).toBe("merchant");
  });

  it("refuses a WIP request without merchantredirecturl, as the seed's example carries it", () => {
    const form = oneLine(seedWipRequest).replace(/&merchantredirecturl=[^&]*/, "");
    expect(parseForm(WipTransactionRequestSchema, form).success).toBe(false);
  });

  it("leaves out what we do not have", () => {
    const ours = transactionRequest(seedConfig, {
      paymentId: "p",
      amount: 1,
      currency: "EUR",
      description: "   ",
      merchantReference: "r",
      customerEmail: null,
      shopperName: "Ann Peeters",
      returnUrl: "https://shop.test/r",
      webhookUrl: "unused",
      idempotencyKey: "k",
      locale: "en",
      linkCard: false,
    });
    const names = [...new URLSearchParams(toForm(ours)).keys()];
    expect(names).not.toContain("specin.linkcard");
    expect(names).not.toContain("specin.dynamicdescriptor");
  });

  it("carries the shopper's typed name as accountholdername, never the email's local part", () => {
    const ours = transactionRequest(seedConfig, {
      paymentId: "p",
      amount: 1,
      currency: "EUR",
      description: "d",
      merchantReference: "r",
      customerEmail: "x.y+shop@example.com",
      shopperName: "Élodie Van den Brande",
      returnUrl: "https://shop.test/r",
      webhookUrl: "unused",
      idempotencyKey: "k",
      locale: "en",
      linkCard: false,
    });
    expect(new URLSearchParams(toForm(ours)).get("accountholdername")).toBe("Élodie Van den Brande");
    expect(toForm(ours)).not.toContain("x.y");
  });

  it("rejects malformed answers, naming the fields", () => {
    const bad = parseForm(TransactionResultSchema, seedStatusResponse.replace("TXID=600520459", "TXID=60052x459").replace("&STATUS=SUCCEEDED", "&STATUS=DONE").replace("CARDLAST4DIGITS=9999", "CARDLAST4DIGITS=99"));
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.fields).toEqual(expect.arrayContaining(["TXID", "STATUS", "SPECOUT.CARDLAST4DIGITS"]));
    const missing = parseForm(TransactionResultSchema, "REQUESTSTATUS=SUCCEEDED&STATUS=PENDING");
    expect(missing.success ? [] : missing.fields).toEqual(["TXID"]);
    const twice = parseForm(TransactionResultSchema, `${oneLine(seedWipResponse)}&TXID=1`);
    expect(twice.success ? [] : twice.fields).toEqual(["TXID"]);
  });

  it("maps every status and both expiry forms", () => {
    expect(["PENDING", "SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED"].map((s) => mapPproLegacyStatus(s as never))).toEqual(["PENDING", "PAID", "FAILED", "CANCELLED", "EXPIRED"]);
    expect(normalizeCardExpiry("2705")).toBe("2027-05");
    expect(normalizeCardExpiry("2027-05")).toBe("2027-05");
  });
});

describe("PPRO refusals", () => {
  it("names the parameter ERRMSG names, and tells an expired token apart", async () => {
    const { rejection } = await import("./http");
    expect(rejection("Invalid parameter amount: must be at least 1").details).toEqual({ code: "request_failed", field: "amount" });
    expect(rejection("Missing parameter specin.cardtoken").details.field).toBe("specin.cardtoken");
    expect(rejection("Card token expired: re-link").details).toEqual({ code: "link_unusable", field: "specin.cardtoken" });
    expect(rejection("Authentication failed").details).toEqual({ code: "request_failed" });
  });
});
