// PPRO webhook signatures. PPRO documents a `Webhook-Signature` header checked with a signing
// secret (first a plain sha256 of "payload.secret", now HMAC) without publishing the exact HMAC
// layout in what we could find, so we assume the timestamped form used by our other providers.
import { signTimestampedHmac, verifyTimestampedHmac, type SignatureCheck } from "../timestamped-hmac";

export { TOLERANCE_SECONDS, type SignatureCheck } from "../timestamped-hmac";
export const SIGNATURE_HEADER = "webhook-signature";

export const signPpro = signTimestampedHmac;

export function verifyPproSignature(rawBody: string, header: string | null, secret: string, now: Date): SignatureCheck {
  return verifyTimestampedHmac(rawBody, header, secret, now, "Webhook-Signature");
}
