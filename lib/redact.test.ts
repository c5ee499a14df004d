import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seal } from "./crypto/secret-box";
import { isIban, luhn, redact, redactText } from "./redact";

describe("redaction by key name", () => {
  it("hides the values of secret fields whatever they hold", () => {
    expect(redact({ password: "x", nested: { apiKey: "y", cardToken: "z", debtorIban: "w", client_secret: "s" }, ok: 1, status: "PAID" })).toEqual({
      password: "[redacted]",
      nested: { apiKey: "[redacted]", cardToken: "[redacted]", debtorIban: "[redacted]", client_secret: "[redacted]" },
      ok: 1,
      status: "PAID",
    });
  });
});

describe("redaction by shape", () => {
  it("card numbers, with or without spaces or dashes, Luhn-checked", () => {
    expect(redactText("pan 4111111111111111 here")).toBe("pan [redacted] here");
    expect(redactText("pan 4111 1111 1111 1111 here")).toBe("pan [redacted] here");
    expect(redactText("pan 6703-4444-4444-4449 here")).toBe("pan [redacted] here");
    expect(redactText("card 4111 1111 1111 1111 2024")).toBe("card [redacted] 2024");
    expect(luhn("4111111111111111")).toBe(true);
  });
  it("leaves ids, amounts, timestamps and masked cards alone", () => {
    const kept = [
      "card 670999XXXXXX9999",
      "amount 2450 cents",
      "at 1732280000000",
      "pi_9000000000000000001",
      "txid 4111111111111112",
      "order 41111111111111111111111",
      "pay_aaaaaaaaaaaaaaaaaaaa",
    ];
    for (const text of kept) expect(redactText(text)).toBe(text);
  });
  it("IBANs of any country, with or without spaces, check digits verified", () => {
    expect(redactText("debtor BE68539007547034.")).toBe("debtor [redacted].");
    expect(redactText("debtor BE68 5390 0754 7034 EUR")).toBe("debtor [redacted] EUR");
    expect(redactText("to GB82 WEST 1234 5698 7654 32")).toBe("to [redacted]");
    expect(redactText("de DE89370400440532013000")).toBe("de [redacted]");
    expect(isIban("BE68539007547034")).toBe(true);
    expect(redactText("contract MA12SONPRALINETESTCONTRACT")).toBe("contract MA12SONPRALINETESTCONTRACT");
  });
  it("bearer and basic credentials, API keys and webhook secrets", () => {
    expect(redactText("called with Bearer sk_test_abcdefghijkl")).toBe("called with [redacted]");
    expect(redactText("Authorization: Basic d3BfdXNlcjpwYXNz")).toBe("Authorization: [redacted]");
    expect(redactText("key whsec_abcdefghijklmnop leaked")).toBe("key [redacted] leaked");
    expect(redactText("key ppro_test_abcdefghijklmnop leaked")).toBe("key [redacted] leaked");
    expect(redactText("demo bc_test_abcdefghijklmnopqrstuvwx")).toBe("demo [redacted]");
  });
  it("secrets, passwords and tokens in forms, query strings and JSON text", () => {
    expect(redactText("login=shop&password=hunter22&specin.cardtoken=ABCDE-FGH-IJK&amount=100")).toBe(
      "login=shop&password=[redacted]&specin.cardtoken=[redacted]&amount=100",
    );
    expect(redactText("/api/auth/callback/email?callbackUrl=%2Faccount&token=3f9a1c2b&email=x")).toBe("/api/auth/callback/email?callbackUrl=%2Faccount&token=[redacted]&email=x");
    expect(redactText('{"client_secret":"pi_1_secret_abc","amount":5}')).toBe('{"client_secret":"[redacted]","amount":5}');
  });
  it("our sealed values", () => {
    const sealed = seal("agr_TWXXaIGRgLr5QDMiBpO5i", { current: randomBytes(32), previous: [] });
    expect(redactText(`stored ${sealed} ok`)).toBe("stored [redacted] ok");
  });
  it("JWS and JWT compact strings, detached ones included, and HMAC signatures", () => {
    const jwt = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl";
    expect(redactText(`token ${jwt} end`)).toBe("token [redacted] end");
    expect(redactText("signature eyJhbGciOiJFUzI1NiIsImtpZCI6IjEifQ..MEUCIQDabcdefghijkl end")).toBe("signature [redacted] end");
    expect(redactText(`header t=1732280000,v1=${"ab".repeat(32)}`)).toBe("header t=1732280000,[redacted]");
  });
  it("PPRO agreement ids", () => {
    expect(redactText("agreement agr_TWXXaIGRgLr5QDMiBpO5i revoked")).toBe("agreement [redacted] revoked");
  });
  it("email addresses keep only their first letter and domain", () => {
    expect(redactText("mail to sophie.peeters@example.com sent")).toBe("mail to s***@example.com sent");
    expect(redactText("email=ann.b%40example.be")).toBe("email=a***%40example.be");
    expect(redact({ to: "bob@shop.example" })).toEqual({ to: "b***@shop.example" });
  });
});
