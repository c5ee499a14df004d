// WooshPay webhook signatures. The seed gives no scheme, so we assume Stripe's, which WooshPay's
// API copies: header `WooshPay-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`.
import { verifyTimestampedHmac, type SignatureCheck } from "../timestamped-hmac";

export { TOLERANCE_SECONDS, type SignatureCheck } from "../timestamped-hmac";
export const SIGNATURE_HEADER = "wooshpay-signature";

export function verifyWooshpaySignature(rawBody: string, header: string | null, secret: string, now: Date): SignatureCheck {
  return verifyTimestampedHmac(rawBody, header, secret, now, "WooshPay-Signature");
}
