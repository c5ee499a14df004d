// Webhook signatures of the `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` form
// (Stripe's), which WooshPay and PPRO use here: several v1 values are accepted during secret
// rotation, the timestamp must be within five minutes either way, compared in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";

export const TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function signTimestampedHmac(body: string, secret: string, timestamp: number): string {
  const t = String(timestamp);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`, "utf8").digest("hex")}`;
}

export function verifyTimestampedHmac(rawBody: string, header: string | null, secret: string, now: Date, headerName: string): SignatureCheck {
  if (!header) return { ok: false, reason: `missing ${headerName} header` };
  let timestamp: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [k, v] = part.trim().split("=", 2);
    if (k === "t" && v) timestamp = v;
    else if (k === "v1" && v) signatures.push(v);
  }
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "signature header has no valid timestamp" };
  if (signatures.length === 0) return { ok: false, reason: "signature header has no v1 signature" };
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return { ok: false, reason: "signature timestamp outside tolerance" };
  const expected = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest();
  const match = signatures.some((s) => {
    if (!/^[0-9a-f]+$/i.test(s)) return false;
    const given = Buffer.from(s, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return match ? { ok: true } : { ok: false, reason: "signature does not match" };
}
