// Links in the cardholder's mail that work without a password (receipts, and the requests a
// receipt offers): a JWT signed with a key of their own (HKDF of AUTH_SECRET, so a sign-in token
// can never pass as one, nor one as a sign-in token), for one purpose and one payment, expiring.
// jose signs and checks; we only choose the claims.
import { hkdfSync } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";

export const LINK_PURPOSES = ["receipt", "refund", "dispute", "stop"] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

const ISSUER = "bancontact-checkout";
const AUDIENCE = "cardholder-link";
/** A receipt's links last as long as a cardholder may reasonably come back about a payment. */
export const LINK_LIFETIME_SECONDS = 400 * 24 * 60 * 60;

const keys = new Map<string, Uint8Array>();
function keyFor(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "signed-links", "cardholder links v1", 32));
    keys.set(secret, key);
  }
  return key;
}

const Claims = z.object({ sub: z.string().regex(/^pay_[a-z2-7]{20}$/), pur: z.enum(LINK_PURPOSES) });

export async function signLink(secret: string, input: { paymentId: string; purpose: LinkPurpose; now?: Date; lifetimeSeconds?: number }): Promise<string> {
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ pur: input.purpose })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(input.paymentId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (input.lifetimeSeconds ?? LINK_LIFETIME_SECONDS))
    .sign(keyFor(secret));
}

export type LinkCheck = { ok: true; paymentId: string } | { ok: false; reason: "expired" | "invalid" | "wrong-purpose" | "wrong-payment" };

/** Whether `token` is a link for `purpose` on `paymentId`, unexpired and untampered. */
export async function checkLink(secret: string, token: string, expected: { purpose: LinkPurpose; paymentId: string; now?: Date }): Promise<LinkCheck> {
  try {
    const { payload } = await jwtVerify(token, keyFor(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["HS256"],
      currentDate: expected.now ?? new Date(),
    });
    const claims = Claims.safeParse(payload);
    if (!claims.success) return { ok: false, reason: "invalid" };
    if (claims.data.pur !== expected.purpose) return { ok: false, reason: "wrong-purpose" };
    if (claims.data.sub !== expected.paymentId) return { ok: false, reason: "wrong-payment" };
    return { ok: true, paymentId: claims.data.sub };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: "expired" };
    return { ok: false, reason: "invalid" };
  }
}
