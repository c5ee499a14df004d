// Verification of Bancontact Payconiq Company merchant callbacks (Payment API v3).
//
// Payconiq signs each callback with a detached JWS (ES256) in the `Signature` header:
// BASE64URL(protected header) + ".." + BASE64URL(signature), computed over the exact raw body.
// We accept a callback only when:
//  - the header is a detached compact JWS whose protected header is a JSON object with
//    alg "ES256" (nothing else, so no "none"/HMAC/RSA confusion) and typ "jose+json";
//  - crit lists the four https://payconiq.com/{iss,iat,jti,path} names and nothing but those
//    and "sub" (an extension we do not understand must make us fail, RFC 7515 4.1.11);
//  - iss is "Payconiq", sub is our merchant profile, path is our callback path (so a callback
//    meant for another merchant or endpoint cannot be replayed here), jti is present, and iat is
//    within the tolerance of `now` in both directions (limits the replay window);
//  - kid names a key of Payconiq's JWKS (cached; unknown kids refetch at most once per cool-down,
//    so a flood of made-up kids cannot make us hammer the JWKS endpoint), and x5t#S256 is the
//    thumbprint of that key's x5c certificate, whose public key is the JWK's key;
//  - the ES256 signature verifies over the raw body with that key.
// Replay of the jti is the caller's job (it has the database). Bad input never throws.
import { createRemoteJWKSet, decodeProtectedHeader, errors, flattenedVerify, type JWK } from "jose";
import { parsePayconiqTime } from "./iso-time";
import { checkJwkCertificate, ecP256Coordinates } from "./verify-x5c";

export { parsePayconiqTime };

export type CallbackVerifierOptions = {
  jwksUrl: URL;
  merchantProfileId: string;
  /** The path our callback URL has, e.g. "/api/webhooks/bancontact". */
  expectedPath: string;
  /** Allowed clock difference for https://payconiq.com/iat, both directions, in seconds. Default 300. */
  toleranceSeconds?: number;
  /** Cool-down between JWKS refetches for unknown kids, ms. Default 30_000. */
  cooldownMs?: number;
  /** Max age of the cached JWKS, ms. Default 600_000. */
  cacheMaxAgeMs?: number;
};
export type CallbackVerification =
  | { ok: true; jti: string; kid: string; iat: Date }
  | { ok: false; reason: string };
export type CallbackVerifier = (rawBody: string, signatureHeader: string | null, now: Date) => Promise<CallbackVerification>;

const ISS = "https://payconiq.com/iss";
const IAT = "https://payconiq.com/iat";
const JTI = "https://payconiq.com/jti";
const PATH = "https://payconiq.com/path";
const REQUIRED_CRIT = [ISS, IAT, JTI, PATH] as const;
const ALLOWED_CRIT: ReadonlySet<string> = new Set<string>([...REQUIRED_CRIT, "sub"]);
/** Every name we understand, for jose's own crit processing. */
const JOSE_CRIT: Record<string, boolean> = Object.fromEntries([...ALLOWED_CRIT].map((name) => [name, true]));
const MAX_HEADER_LENGTH = 8192;
const DETACHED = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/;

type Failure = { ok: false; reason: string };
const fail = (reason: string): Failure => ({ ok: false, reason });

type Claims = { kid: string; thumbprint: string; jti: string; iat: Date };

/** Checks of the (still unauthenticated) protected header: everything but key and signature. */
function checkHeader(header: Record<string, unknown>, options: Required<Pick<CallbackVerifierOptions, "merchantProfileId" | "expectedPath">> & { toleranceMs: number }, now: Date): Claims | Failure {
  if (header.alg !== "ES256") return fail("alg must be ES256");
  if (header.typ !== "jose+json") return fail("typ must be jose+json");
  const crit = header.crit;
  if (!Array.isArray(crit) || !crit.every((name): name is string => typeof name === "string")) return fail("crit missing or not a list of names");
  if (new Set(crit).size !== crit.length) return fail("crit has duplicate names");
  const unknown = crit.find((name) => !ALLOWED_CRIT.has(name));
  if (unknown !== undefined) return fail(`crit lists unsupported extension ${unknown}`);
  const missing = REQUIRED_CRIT.find((name) => !crit.includes(name));
  if (missing !== undefined) return fail(`crit does not list ${missing}`);
  if (header[ISS] !== "Payconiq") return fail("iss is not Payconiq");
  if (header.sub !== options.merchantProfileId) return fail("sub is not our merchant profile");
  if (header[PATH] !== options.expectedPath) return fail("path is not our callback path");
  const jti = header[JTI];
  if (typeof jti !== "string" || jti.length === 0) return fail("jti missing");
  const rawIat = header[IAT];
  const iat = typeof rawIat === "string" ? parsePayconiqTime(rawIat) : null;
  if (!iat) return fail("iat missing or malformed");
  const skew = now.getTime() - iat.getTime();
  if (!Number.isFinite(skew)) return fail("current time is not a valid date");
  if (skew > options.toleranceMs) return fail("iat too old");
  if (skew < -options.toleranceMs) return fail("iat in the future");
  const kid = header.kid;
  if (typeof kid !== "string" || kid.length === 0) return fail("kid missing");
  const thumbprint = header["x5t#S256"];
  if (typeof thumbprint !== "string" || thumbprint.length === 0) return fail("x5t#S256 missing");
  return { kid, thumbprint, jti, iat };
}

/** Does this JWKS member qualify for kid with ES256 (mirrors jose's own key selection)? */
function isCandidate(jwk: JWK, kid: string): boolean {
  return jwk.kid === kid && ecP256Coordinates(jwk) !== null && (jwk.alg === undefined || jwk.alg === "ES256") && (jwk.use === undefined || jwk.use === "sig");
}

export function createCallbackVerifier(options: CallbackVerifierOptions): CallbackVerifier {
  const toleranceSeconds = options.toleranceSeconds ?? 300;
  if (!Number.isFinite(toleranceSeconds) || toleranceSeconds < 0) throw new TypeError("toleranceSeconds must be a non-negative number");
  const settings = { merchantProfileId: options.merchantProfileId, expectedPath: options.expectedPath, toleranceMs: toleranceSeconds * 1000 };
  const jwks = createRemoteJWKSet(options.jwksUrl, {
    cooldownDuration: options.cooldownMs ?? 30_000,
    cacheMaxAge: options.cacheMaxAgeMs ?? 600_000,
  });

  /** Finds the JWK for kid, letting jose (re)fetch the JWKS as its cache and cool-down allow. */
  async function findKey(kid: string): Promise<{ ok: true; jwk: JWK } | Failure> {
    try {
      await jwks({ alg: "ES256", kid });
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey) return fail("unknown kid");
      if (error instanceof errors.JWKSMultipleMatchingKeys) return fail("kid matches several keys");
      return fail("JWKS unavailable or invalid");
    }
    // Use one snapshot for both the certificate checks and the signature, even if a refetch races us.
    const matches = (jwks.jwks()?.keys ?? []).filter((jwk) => isCandidate(jwk, kid));
    if (matches.length !== 1 || !matches[0]) return fail(matches.length ? "kid matches several keys" : "unknown kid");
    return { ok: true, jwk: matches[0] };
  }

  async function verify(rawBody: string, signatureHeader: string | null, now: Date): Promise<CallbackVerification> {
    if (!signatureHeader) return fail("missing Signature header");
    const value = signatureHeader.trim();
    if (value.length > MAX_HEADER_LENGTH) return fail("Signature header too long");
    const parts = DETACHED.exec(value);
    if (!parts || !parts[1] || !parts[2]) return fail("Signature header is not a detached JWS");
    const [, encodedHeader, signature] = parts;

    let header: Record<string, unknown>;
    try {
      header = decodeProtectedHeader(`${encodedHeader}..${signature}`);
    } catch {
      return fail("protected header is not a JSON object");
    }
    const claims = checkHeader(header, settings, now);
    if ("ok" in claims) return claims;

    const found = await findKey(claims.kid);
    if (!found.ok) return found;
    const { jwk } = found;
    const certificateProblem = checkJwkCertificate(jwk, claims.thumbprint);
    if (certificateProblem) return fail(certificateProblem);
    const coordinates = ecP256Coordinates(jwk);
    if (!coordinates) return fail("JWK is not a P-256 public key");

    try {
      await flattenedVerify(
        { protected: encodedHeader, payload: Buffer.from(rawBody, "utf8").toString("base64url"), signature },
        { kty: "EC", crv: "P-256", x: coordinates.x, y: coordinates.y },
        { algorithms: ["ES256"], crit: JOSE_CRIT },
      );
    } catch (error) {
      if (error instanceof errors.JWSSignatureVerificationFailed) return fail("signature does not verify");
      return fail("JWS rejected");
    }
    return { ok: true, jti: claims.jti, kid: claims.kid, iat: claims.iat };
  }

  // Safety net: whatever slips through the checks above is a rejection, not an exception.
  return (rawBody, signatureHeader, now) => verify(rawBody, signatureHeader, now).catch(() => fail("internal verification error"));
}
