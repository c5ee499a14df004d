import { describe, expect, it } from "vitest";
import { checkLink } from "./signed-link";
import { cardholderLinks, cardholderPath, refusedPath } from "./urls";

const SECRET = "a-secret-of-enough-length-for-the-tests";
const PAY = "pay_abcdefghijklmnopqrst";
const OTHER = "pay_bbcdefghijklmnopqrst";

const tokenOf = (url: string) => new URL(url).searchParams.get("t")!;

describe("cardholder links", () => {
  it("gives each page its path under the app URL", async () => {
    const links = await cardholderLinks("https://pay.example/", SECRET, PAY);
    for (const page of ["receipt", "refund", "dispute", "stop", "requests"] as const) {
      expect(new URL(links[page]).origin).toBe("https://pay.example");
      expect(new URL(links[page]).pathname).toBe(cardholderPath(PAY, page));
    }
  });

  it("signs each link for its own purpose and this payment only", async () => {
    const links = await cardholderLinks("https://pay.example", SECRET, PAY);
    expect(await checkLink(SECRET, tokenOf(links.refund), { purpose: "refund", paymentId: PAY })).toEqual({ ok: true, paymentId: PAY });
    expect(await checkLink(SECRET, tokenOf(links.refund), { purpose: "dispute", paymentId: PAY })).toEqual({ ok: false, reason: "wrong-purpose" });
    expect(await checkLink(SECRET, tokenOf(links.stop), { purpose: "stop", paymentId: OTHER })).toEqual({ ok: false, reason: "wrong-payment" });
    expect(await checkLink(SECRET, tokenOf(links.receipt), { purpose: "receipt", paymentId: PAY })).toEqual({ ok: true, paymentId: PAY });
  });

  it("reaches the progress page with the receipt's link", async () => {
    const links = await cardholderLinks("https://pay.example", SECRET, PAY);
    expect(tokenOf(links.requests)).toBe(tokenOf(links.receipt));
  });

  it("names the refusal, the page and the payment on the refusal page", () => {
    expect(refusedPath(PAY, "refund", "expired")).toBe(`/payments/link-refused?reason=expired&page=refund&payment=${PAY}`);
  });
});
