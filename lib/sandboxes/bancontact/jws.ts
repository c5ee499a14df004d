// The sandbox's side of the JWS: signing callbacks as seed 004 describes, and checking the
// merchant's signed requests (JWS-Request-Signature-Payment) against its registered key.
import { createPublicKey, randomUUID } from "node:crypto";
import { FlattenedSign, flattenedVerify, importJWK, decodeProtectedHeader } from "jose";
import { Prisma } from "../../db/generated/client";
import type { PrismaClient } from "../../db/generated/client";
import { env } from "../../env";
import { activeKey, x5tS256 } from "./keys";

const CRIT = ["https://payconiq.com/iss", "https://payconiq.com/iat", "https://payconiq.com/jti", "https://payconiq.com/path"];
const critOption = Object.fromEntries(CRIT.map((c) => [c, true]));
const TOLERANCE_MS = 300_000;

export async function signCallback(body: string, callbackPath: string, profileId: string): Promise<string> {
  const key = await activeKey();
  const privateKey = await importJWK({ ...key.privateJwk, alg: "ES256" } as never, "ES256");
  const jws = await new FlattenedSign(new TextEncoder().encode(body))
    .setProtectedHeader({
      typ: "jose+json",
      kid: key.kid,
      alg: "ES256",
      sub: profileId,
      "x5t#S256": x5tS256(key.certDer),
      "https://payconiq.com/iss": "Payconiq",
      "https://payconiq.com/iat": new Date().toISOString(),
      "https://payconiq.com/jti": randomUUID(),
      "https://payconiq.com/path": callbackPath,
      crit: CRIT,
    })
    .sign(privateKey, { crit: critOption });
  return `${jws.protected}..${jws.signature}`;
}

/** Null when the request is signed as required, else why not. */
export async function checkMerchantSignature(db: PrismaClient, header: string | null, requestPath: string, body: string): Promise<string | null> {
  if (!header) return "missing Signature header";
  const parts = header.split(".");
  if (parts.length !== 3 || parts[1] !== "" || !parts[0] || !parts[2]) return "Signature must be a detached JWS";
  let h: Record<string, unknown>;
  try {
    h = decodeProtectedHeader(header.replace("..", ".x.")) as Record<string, unknown>;
  } catch {
    return "Signature header is not a JWS";
  }
  const e = env().sandbox;
  if (h.alg !== "ES256") return "alg must be ES256";
  if (h.kid !== e.bancontactMerchantKeyId) return "unknown kid";
  const crit = Array.isArray(h.crit) ? h.crit : [];
  if (!CRIT.every((c) => crit.includes(c))) return "crit must name iss, iat, jti and path";
  try {
    await flattenedVerify(
      { protected: parts[0], payload: Buffer.from(body).toString("base64url"), signature: parts[2] },
      createPublicKey(e.bancontactMerchantPublicKeyPem),
      { algorithms: ["ES256"], crit: { ...critOption, sub: true } },
    );
  } catch {
    return "signature does not verify";
  }
  if (h["https://payconiq.com/path"] !== requestPath) return "signed path does not match the request";
  const iat = Date.parse(String(h["https://payconiq.com/iat"]));
  if (!Number.isFinite(iat) || Math.abs(Date.now() - iat) > TOLERANCE_MS) return "iat outside tolerance";
  const jti = h["https://payconiq.com/jti"];
  if (typeof jti !== "string" || !jti) return "missing jti";
  try {
    await db.sandboxBancontactJti.create({ data: { jti } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "jti already used";
    throw error;
  }
  return null;
}
