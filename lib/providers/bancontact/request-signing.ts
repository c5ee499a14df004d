// JWS-Request-Signature-Payment (API 3.6.3): every request carries a detached ES256 JWS of its
// body in the `Signature` header, with the same critical claims as the provider's callbacks.
// Assumed where the document is silent: `https://payconiq.com/iss` and `sub` are the merchant
// profile id, `path` is the request path, and a body-less request signs the empty string.
import { createPrivateKey, randomUUID, type KeyObject } from "node:crypto";
import { FlattenedSign } from "jose";

const CRIT = ["https://payconiq.com/iss", "https://payconiq.com/iat", "https://payconiq.com/jti", "https://payconiq.com/path"];

export type RequestSigner = (path: string, body: string) => Promise<string>;

export function createRequestSigner(privateKeyPem: string, keyId: string, merchantProfileId: string): RequestSigner {
  const key: KeyObject = createPrivateKey(privateKeyPem);
  return async (path, body) => {
    const jws = await new FlattenedSign(new TextEncoder().encode(body))
      .setProtectedHeader({
        typ: "jose+json",
        kid: keyId,
        alg: "ES256",
        sub: merchantProfileId,
        "https://payconiq.com/iss": merchantProfileId,
        "https://payconiq.com/iat": new Date().toISOString(),
        "https://payconiq.com/jti": randomUUID(),
        "https://payconiq.com/path": path,
        crit: CRIT,
      })
      .sign(key, { crit: Object.fromEntries(CRIT.map((c) => [c, true])) });
    return `${jws.protected}..${jws.signature}`;
  };
}
