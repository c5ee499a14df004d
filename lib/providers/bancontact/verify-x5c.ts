// Binds a JWKS key to its X.509 certificate: the callback's "x5t#S256" must be the SHA-256 thumbprint
// of the DER certificate in the JWK's x5c[0], and that certificate must carry the very same public key
// as the JWK, so a JWKS entry cannot pair one key with someone else's certificate.
import { X509Certificate, createHash } from "node:crypto";
import type { JWK } from "jose";

const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict standard-alphabet base64 (as x5c uses, RFC 7517 4.7); null when malformed or empty. */
function decodeStdBase64(value: unknown): Buffer | null {
  if (typeof value !== "string" || value.length === 0 || !STD_BASE64.test(value)) return null;
  return Buffer.from(value, "base64");
}

/** The P-256 public key of a JWK as x/y, or null when the JWK is not one. */
export function ecP256Coordinates(jwk: JWK): { x: string; y: string } | null {
  if (jwk.kty !== "EC" || jwk.crv !== "P-256" || typeof jwk.x !== "string" || typeof jwk.y !== "string") return null;
  if ("d" in jwk) return null; // a private key has no business in a public JWKS
  return { x: jwk.x, y: jwk.y };
}

/** Returns null when the JWK, its certificate and the header thumbprint agree, else a short reason. */
export function checkJwkCertificate(jwk: JWK, headerThumbprint: string): string | null {
  const coordinates = ecP256Coordinates(jwk);
  if (!coordinates) return "JWK is not a P-256 public key";
  const first: unknown = Array.isArray(jwk.x5c) ? jwk.x5c[0] : undefined;
  const der = decodeStdBase64(first);
  if (!der) return "JWK has no usable x5c certificate";
  const thumbprint = createHash("sha256").update(der).digest("base64url");
  if (headerThumbprint !== thumbprint) return "x5t#S256 does not match the key's certificate";
  if (jwk["x5t#S256"] !== undefined && jwk["x5t#S256"] !== thumbprint) return "JWK x5t#S256 does not match its certificate";
  let certKey: JsonWebKey;
  try {
    certKey = new X509Certificate(der).publicKey.export({ format: "jwk" });
  } catch {
    return "JWK certificate cannot be parsed";
  }
  if (certKey.kty !== "EC" || certKey.crv !== "P-256" || certKey.x !== coordinates.x || certKey.y !== coordinates.y) {
    return "certificate key does not match the JWK";
  }
  return null;
}
