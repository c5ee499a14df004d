import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCallbackVerifier, parsePayconiqTime, type CallbackVerifierOptions } from "./verify-callback";
import { CRIT, b64url, makeKey, payconiqHeader, signDetached, startJwksServer, type TestKey } from "./verify-fixtures";

const NOW = new Date("2026-11-21T12:00:00.500Z");
const BODY = JSON.stringify({ paymentId: "5bdb1685b93d1c000bde96f2", status: "SUCCEEDED", amount: 1234, currency: "EUR" });

let server: Awaited<ReturnType<typeof startJwksServer>>;
let keyA: TestKey;
let keyB: TestKey;

beforeAll(async () => {
  [keyA, keyB] = await Promise.all([makeKey("key-a"), makeKey("key-b")]);
  server = await startJwksServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.state.document = { keys: [keyA.jwk] };
  server.state.status = 200;
});

function verifier(extra: Partial<CallbackVerifierOptions> = {}) {
  return createCallbackVerifier({ jwksUrl: server.url, merchantProfileId: "merchant-profile-1", expectedPath: "/api/webhooks/bancontact", ...extra });
}

async function verifyWith(overrides: Record<string, unknown>, body = BODY, key = keyA) {
  return verifier()(body, await signDetached(body, payconiqHeader(key, overrides), key.privateKey), NOW);
}

function handCrafted(header: Record<string, unknown>): string {
  return `${b64url(JSON.stringify(header))}..${b64url("not-a-real-signature")}`;
}

const rejected = (reason: RegExp) => expect.objectContaining({ ok: false, reason: expect.stringMatching(reason) });

describe("createCallbackVerifier: accepted callbacks", () => {
  it("accepts a valid callback with a millisecond iat", async () => {
    expect(await verifyWith({})).toEqual({ ok: true, jti: "req-0001", kid: "key-a", iat: new Date("2026-11-21T12:00:00.123Z") });
  });
  it("accepts a valid callback with nine fractional digits in iat", async () => {
    const result = await verifyWith({ "https://payconiq.com/iat": "2026-11-21T12:00:00.123456789Z" });
    expect(result).toEqual({ ok: true, jti: "req-0001", kid: "key-a", iat: new Date("2026-11-21T12:00:00.123Z") });
  });
  it("accepts a valid callback that also lists sub in crit", async () => {
    expect(await verifyWith({ crit: [...CRIT, "sub"] })).toMatchObject({ ok: true });
  });
  it("accepts an iat inside the tolerance in both directions", async () => {
    expect(await verifyWith({ "https://payconiq.com/iat": "2026-11-21T11:55:01.000Z" })).toMatchObject({ ok: true });
    expect(await verifyWith({ "https://payconiq.com/iat": "2026-11-21T12:04:59Z" })).toMatchObject({ ok: true });
  });
  it("accepts an empty body signed as such", async () => {
    expect(await verifyWith({}, "")).toMatchObject({ ok: true });
  });
});

describe("createCallbackVerifier: signature and key", () => {
  it("rejects an altered body", async () => {
    const header = await signDetached(BODY, payconiqHeader(keyA), keyA.privateKey);
    expect(await verifier()(BODY.replace("1234", "1235"), header, NOW)).toEqual(rejected(/signature does not verify/));
  });
  it("rejects a callback signed by another key under the same kid", async () => {
    const header = await signDetached(BODY, payconiqHeader(keyA), keyB.privateKey);
    expect(await verifier()(BODY, header, NOW)).toEqual(rejected(/signature does not verify/));
  });
  it.each(["none", "HS256", "RS256", "ES384", undefined])("rejects alg %s", async (alg) => {
    const header = handCrafted(payconiqHeader(keyA, { alg }));
    expect(await verifier()(BODY, header, NOW)).toEqual(rejected(/alg must be ES256/));
  });
  it("rejects an x5t#S256 that is not the thumbprint of the key's certificate", async () => {
    expect(await verifyWith({ "x5t#S256": keyB.thumbprint })).toEqual(rejected(/x5t#S256 does not match/));
  });
  it("rejects a missing x5t#S256", async () => {
    expect(await verifyWith({ "x5t#S256": undefined })).toEqual(rejected(/x5t#S256 missing/));
  });
  it("rejects a JWKS entry whose certificate carries a different key", async () => {
    const mixed = { ...keyA.jwk, kid: "mixed", x5c: keyB.jwk.x5c, "x5t#S256": keyB.thumbprint };
    server.state.document = { keys: [mixed] };
    const header = await signDetached(BODY, payconiqHeader({ ...keyA, kid: "mixed", thumbprint: keyB.thumbprint }), keyA.privateKey);
    expect(await verifier()(BODY, header, NOW)).toEqual(rejected(/certificate key does not match the JWK/));
  });
  it("rejects a JWKS entry whose own x5t#S256 disagrees with its certificate", async () => {
    server.state.document = { keys: [{ ...keyA.jwk, "x5t#S256": keyB.thumbprint }] };
    const header = await signDetached(BODY, payconiqHeader(keyA), keyA.privateKey);
    expect(await verifier()(BODY, header, NOW)).toEqual(rejected(/JWK x5t#S256 does not match/));
  });
  it("rejects a JWKS entry without x5c", async () => {
    server.state.document = { keys: [{ ...keyA.jwk, x5c: undefined }] };
    const header = await signDetached(BODY, payconiqHeader(keyA), keyA.privateKey);
    expect(await verifier()(BODY, header, NOW)).toEqual(rejected(/no usable x5c/));
  });
  it("rejects an unknown kid", async () => {
    expect(await verifyWith({ kid: "nobody" })).toEqual(rejected(/unknown kid/));
  });
  it("rejects a missing kid", async () => {
    expect(await verifyWith({ kid: undefined })).toEqual(rejected(/kid missing/));
  });
  it("fetches the JWKS at most once more for a burst of 20 unknown kids within the cool-down", async () => {
    const verify = verifier();
    expect(await verify(BODY, await signDetached(BODY, payconiqHeader(keyA), keyA.privateKey), NOW)).toMatchObject({ ok: true });
    const before = server.state.requests;
    const headers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signDetached(BODY, payconiqHeader(keyA, { kid: `bogus-${i}` }), keyA.privateKey)),
    );
    const results = [];
    for (const header of headers) results.push(await verify(BODY, header, NOW)); // one after another: no fetch sharing
    results.push(...(await Promise.all(headers.map((header) => verify(BODY, header, NOW)))));
    expect(results.every((r) => !r.ok && r.reason === "unknown kid")).toBe(true);
    expect(server.state.requests - before).toBeLessThanOrEqual(1);
  });
  it("finds a key added to the JWKS after the first fetch once the cool-down has elapsed", async () => {
    const verify = verifier({ cooldownMs: 50 });
    expect(await verify(BODY, await signDetached(BODY, payconiqHeader(keyA), keyA.privateKey), NOW)).toMatchObject({ ok: true });
    const before = server.state.requests;
    server.state.document = { keys: [keyA.jwk, keyB.jwk] };
    await new Promise((resolve) => setTimeout(resolve, 80));
    const result = await verify(BODY, await signDetached(BODY, payconiqHeader(keyB), keyB.privateKey), NOW);
    expect(result).toMatchObject({ ok: true, kid: "key-b" });
    expect(server.state.requests - before).toBe(1);
  });
  it("rejects without throwing when the JWKS endpoint fails", async () => {
    server.state.status = 500;
    const header = await signDetached(BODY, payconiqHeader(keyA), keyA.privateKey);
    expect(await verifier()(BODY, header, NOW)).toEqual(rejected(/JWKS unavailable/));
  });
});

describe("createCallbackVerifier: header form and claims", () => {
  it("rejects a missing Signature header", async () => {
    expect(await verifier()(BODY, null, NOW)).toEqual(rejected(/missing Signature header/));
    expect(await verifier()(BODY, "", NOW)).toEqual(rejected(/missing Signature header/));
  });
  it("rejects a non-detached JWS (payload not empty)", async () => {
    const [head, , sig] = (await signDetached(BODY, payconiqHeader(keyA), keyA.privateKey)).split(".");
    expect(await verifier()(BODY, `${head}.${b64url(BODY)}.${sig}`, NOW)).toEqual(rejected(/not a detached JWS/));
  });
  it("rejects garbage and a protected header that is not a JSON object", async () => {
    expect(await verifier()(BODY, "not a jws", NOW)).toEqual(rejected(/not a detached JWS/));
    expect(await verifier()(BODY, `${b64url("[1,2]")}..${b64url("x")}`, NOW)).toEqual(rejected(/not a JSON object/));
    expect(await verifier()(BODY, `${b64url("{oops")}..${b64url("x")}`, NOW)).toEqual(rejected(/not a JSON object/));
  });
  it("rejects a wrong typ", async () => {
    expect(await verifyWith({ typ: "JWT" })).toEqual(rejected(/typ must be jose\+json/));
  });
  it("rejects a header without crit", async () => {
    expect(await verifyWith({ crit: undefined })).toEqual(rejected(/crit missing/));
  });
  it("rejects a crit that does not list one of the four payconiq names", async () => {
    const crit = CRIT.filter((name) => !name.endsWith("/jti"));
    expect(await verifyWith({ crit })).toEqual(rejected(/crit does not list https:\/\/payconiq.com\/jti/));
  });
  it("rejects a crit with an extra unknown extension", async () => {
    const extra = "https://payconiq.com/extra";
    expect(await verifyWith({ crit: [...CRIT, extra], [extra]: "x" })).toEqual(rejected(/unsupported extension/));
  });
  it("rejects a wrong sub", async () => {
    expect(await verifyWith({ sub: "someone-else" })).toEqual(rejected(/sub is not our merchant profile/));
  });
  it("rejects a wrong path", async () => {
    expect(await verifyWith({ "https://payconiq.com/path": "/api/webhooks/other" })).toEqual(rejected(/path is not our callback path/));
  });
  it("rejects a wrong iss", async () => {
    expect(await verifyWith({ "https://payconiq.com/iss": "merchant-profile-1" })).toEqual(rejected(/iss is not Payconiq/));
  });
  it("rejects when the current time is not a valid date", async () => {
    const header = await signDetached(BODY, payconiqHeader(keyA), keyA.privateKey);
    expect(await verifier()(BODY, header, new Date(Number.NaN))).toEqual(rejected(/current time/));
  });
  it("rejects an empty jti", async () => {
    expect(await verifyWith({ "https://payconiq.com/jti": "" })).toEqual(rejected(/jti missing/));
  });
  it("rejects a stale iat", async () => {
    expect(await verifyWith({ "https://payconiq.com/iat": "2026-11-21T11:55:00.499Z" })).toEqual(rejected(/iat too old/));
  });
  it("rejects an iat in the future beyond the tolerance", async () => {
    expect(await verifyWith({ "https://payconiq.com/iat": "2026-11-21T12:05:00.501Z" })).toEqual(rejected(/iat in the future/));
  });
  it("rejects a malformed iat", async () => {
    expect(await verifyWith({ "https://payconiq.com/iat": "2026-11-21 12:00:00Z" })).toEqual(rejected(/iat missing or malformed/));
    expect(await verifyWith({ "https://payconiq.com/iat": 1795003200 })).toEqual(rejected(/iat missing or malformed/));
  });
});

describe("parsePayconiqTime", () => {
  it("parses zero to nine fractional digits, truncating beyond milliseconds", () => {
    expect(parsePayconiqTime("2026-11-21T12:00:00Z")?.toISOString()).toBe("2026-11-21T12:00:00.000Z");
    expect(parsePayconiqTime("2026-11-21T12:00:00.1Z")?.toISOString()).toBe("2026-11-21T12:00:00.100Z");
    expect(parsePayconiqTime("2026-11-21T12:00:00.123Z")?.toISOString()).toBe("2026-11-21T12:00:00.123Z");
    expect(parsePayconiqTime("2026-11-21T12:00:00.123999Z")?.toISOString()).toBe("2026-11-21T12:00:00.123Z");
    expect(parsePayconiqTime("2026-11-21T12:00:00.999999999Z")?.toISOString()).toBe("2026-11-21T12:00:00.999Z");
    expect(parsePayconiqTime("2024-02-29T23:59:59Z")?.toISOString()).toBe("2024-02-29T23:59:59.000Z");
  });
  it.each([
    "",
    "2026-11-21T12:00:00",
    "2026-11-21T12:00:00.Z",
    "2026-11-21T12:00:00.1234567890Z",
    "2026-11-21T12:00:00+00:00",
    "2026-11-21T12:00:00z",
    "2026-11-21t12:00:00Z",
    "2026-11-21 12:00:00Z",
    "2026-13-01T00:00:00Z",
    "2026-02-29T00:00:00Z",
    "2026-11-31T00:00:00Z",
    "2026-11-21T24:00:00Z",
    "2026-11-21T12:60:00Z",
    "2026-11-21T12:00:60Z",
    "26-11-21T12:00:00Z",
    " 2026-11-21T12:00:00Z",
  ])("rejects %j", (value) => {
    expect(parsePayconiqTime(value)).toBeNull();
  });
});
