// Test fixtures for verify-callback.test.ts (not used by application code): P-256 keys with
// self-signed certificates, a local JWKS server that counts its requests, and a Payconiq-style
// detached JWS signer.
import { createHash, webcrypto } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import "reflect-metadata"; // @peculiar/x509 (through tsyringe) needs it loaded first
import * as x509 from "@peculiar/x509";
import { FlattenedSign, exportJWK, type JWK } from "jose";

export const CRIT = [
  "https://payconiq.com/iss",
  "https://payconiq.com/iat",
  "https://payconiq.com/jti",
  "https://payconiq.com/path",
];

export type TestKey = { kid: string; privateKey: CryptoKey; jwk: JWK; certDer: Buffer; thumbprint: string };

const EC = { name: "ECDSA", namedCurve: "P-256" } as const;

export async function makeKey(kid: string): Promise<TestKey> {
  const keys = (await webcrypto.subtle.generateKey(EC, true, ["sign", "verify"])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: `CN=Payconiq test ${kid}`,
      keys,
      signingAlgorithm: { name: "ECDSA", hash: "SHA-256" },
      notBefore: new Date("2026-01-01T00:00:00Z"),
      notAfter: new Date("2028-01-01T00:00:00Z"),
    },
    webcrypto as unknown as Crypto,
  );
  const certDer = Buffer.from(cert.rawData);
  const thumbprint = createHash("sha256").update(certDer).digest("base64url");
  const { kty, crv, x, y } = await exportJWK(keys.publicKey);
  const jwk: JWK = { kid, kty, crv, x, y, use: "sig", alg: "ES256", x5c: [certDer.toString("base64")], "x5t#S256": thumbprint };
  return { kid, privateKey: keys.privateKey, jwk, certDer, thumbprint };
}

/** A JWKS endpoint on 127.0.0.1 whose document and status tests may change; counts requests. */
export async function startJwksServer() {
  const state = { document: { keys: [] as JWK[] } as unknown, status: 200, requests: 0 };
  const server = createServer((_req, res) => {
    state.requests++;
    res.writeHead(state.status, { "content-type": "application/json" });
    res.end(JSON.stringify(state.document));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    url: new URL(`http://127.0.0.1:${port}/jwks.json`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const b64url = (value: string) => Buffer.from(value, "utf8").toString("base64url");

/** Header Payconiq would send; `overrides` replace members, an undefined value removes one. */
export function payconiqHeader(key: TestKey, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const header: Record<string, unknown> = {
    typ: "jose+json",
    kid: key.kid,
    alg: "ES256",
    sub: "merchant-profile-1",
    "x5t#S256": key.thumbprint,
    "https://payconiq.com/iss": "Payconiq",
    "https://payconiq.com/iat": "2026-11-21T12:00:00.123Z",
    "https://payconiq.com/jti": "req-0001",
    "https://payconiq.com/path": "/api/webhooks/bancontact",
    crit: CRIT,
    ...overrides,
  };
  for (const [name, value] of Object.entries(header)) if (value === undefined) delete header[name];
  return header;
}

/** Signs body with ES256 and returns the detached compact form `header..signature`. */
export async function signDetached(body: string, header: Record<string, unknown>, privateKey: CryptoKey): Promise<string> {
  const crit = Array.isArray(header.crit) ? (header.crit as string[]) : [];
  const jws = await new FlattenedSign(new TextEncoder().encode(body))
    .setProtectedHeader(header)
    .sign(privateKey, { crit: Object.fromEntries(crit.map((name) => [name, true])) });
  return `${jws.protected}..${jws.signature}`;
}
