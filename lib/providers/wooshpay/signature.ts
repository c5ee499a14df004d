// WooshPay webhook signatures. The seed gives no scheme, so we assume Stripe's, which WooshPay's
// API copies: header `WooshPay-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`,
// several v1 values allowed during secret rotation, five minutes of tolerance.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "wooshpay-signature";
export const TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

function hmacHex(secret: string, timestamp: string, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
}

export function verifyWooshpaySignature(rawBody: string, header: string | null, secret: string, now: Date): SignatureCheck {
  if (!header) return { ok: false, reason: "missing WooshPay-Signature header" };
  let timestamp: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [k, v] = part.trim().split("=", 2);
    if (k === "t" && v) timestamp = v;
    else if (k === "v1" && v) signatures.push(v);
  }
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "signature header has no valid timestamp" };
  if (signatures.length === 0) return { ok: false, reason: "signature header has no v1 signature" };
  const age = now.getTime() / 1000 - Number(timestamp);
  if (Math.abs(age) > TOLERANCE_SECONDS) return { ok: false, reason: "signature timestamp outside tolerance" };
  const expected = Buffer.from(hmacHex(secret, timestamp, rawBody), "hex");
  const match = signatures.some((s) => {
    const given = Buffer.from(s, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return match ? { ok: true } : { ok: false, reason: "signature does not match" };
}
