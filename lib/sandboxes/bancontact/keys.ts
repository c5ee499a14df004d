// The Bancontact sandbox's callback signing keys: ES256 keys, each with a self-signed X.509
// certificate, published as a JWKS with x5c and x5t#S256. Kept in DATA_DIR so they survive
// restarts; rotation adds a key and signs with it, keeping the previous one published.
import { createHash, webcrypto } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import "reflect-metadata"; // @peculiar/x509 (through tsyringe) needs it loaded first
import * as x509 from "@peculiar/x509";
import { z } from "zod";
import { env } from "../../env";

const StoredKeySchema = z.object({ kid: z.string(), privateJwk: z.record(z.string(), z.unknown()), certDer: z.string(), createdAt: z.string() });
const KeyFileSchema = z.object({ active: z.string(), keys: z.array(StoredKeySchema).min(1) });
type StoredKey = z.infer<typeof StoredKeySchema>;
type KeyFile = z.infer<typeof KeyFileSchema>;

const ALG = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
const file = () => path.resolve(env().dataDir, "sandbox-bancontact-keys.json");

async function newKey(): Promise<StoredKey> {
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ["sign", "verify"])) as CryptoKeyPair;
  const now = new Date();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Date.now().toString(16),
    name: "CN=Bancontact Payconiq Sandbox Callback Signing, O=Sandbox",
    notBefore: now,
    notAfter: new Date(now.getTime() + 2 * 365 * 86_400_000),
    signingAlgorithm: ALG,
    keys,
  });
  const certDer = Buffer.from(cert.rawData).toString("base64");
  const privateJwk = (await webcrypto.subtle.exportKey("jwk", keys.privateKey)) as Record<string, unknown>;
  return { kid: `sandbox-${now.toISOString().slice(0, 19).replace(/\D/g, "")}-${certDer.length}`, privateJwk, certDer, createdAt: now.toISOString() };
}

let loading: Promise<KeyFile> | undefined;

async function load(): Promise<KeyFile> {
  try {
    return KeyFileSchema.parse(JSON.parse(readFileSync(file(), "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const key = await newKey();
  const created: KeyFile = { active: key.kid, keys: [key] };
  save(created);
  return created;
}

function save(keys: KeyFile): void {
  mkdirSync(path.dirname(file()), { recursive: true });
  writeFileSync(file(), JSON.stringify(keys, null, 2), { mode: 0o600 });
}

export function keyFile(): Promise<KeyFile> {
  loading ??= load();
  loading.catch(() => (loading = undefined));
  return loading;
}

export const x5tS256 = (certDerB64: string) => createHash("sha256").update(Buffer.from(certDerB64, "base64")).digest("base64url");

export async function activeKey(): Promise<StoredKey> {
  const f = await keyFile();
  return f.keys.find((k) => k.kid === f.active)!;
}

/** The public JWKS, as published at the sandbox's JWKS URL. */
export async function publicJwks() {
  const f = await keyFile();
  return {
    keys: f.keys.map((k) => {
      const { kty, crv, x, y } = k.privateJwk as { kty: string; crv: string; x: string; y: string };
      return { kty, crv, x, y, kid: k.kid, use: "sig", alg: "ES256", x5c: [k.certDer], "x5t#S256": x5tS256(k.certDer) };
    }),
  };
}

/** A new signing key; the previous one stays published so callbacks in flight still verify. */
export async function rotateKey(): Promise<string> {
  const f = await keyFile();
  const key = await newKey();
  const next: KeyFile = { active: key.kid, keys: [...f.keys.slice(-1), key] };
  save(next);
  loading = Promise.resolve(next);
  return key.kid;
}
