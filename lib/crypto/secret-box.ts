// Secrets at rest (card tokens, link references, mail bodies): AES-256-GCM from node:crypto with
// a random 96-bit nonce per value, under a key ring so the key can be rotated. A value is
// "v2.<kid>.<nonce>.<ciphertext>.<tag>" (base64url), where kid names the key that sealed it, so
// opening never guesses; values written before the ring ("v1.<nonce>.<ciphertext>.<tag>") carry
// no kid and are opened by trying each key of the ring.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/** The current key seals; previous keys only open what they sealed, until a re-seal. */
export type KeyRing = { current: Buffer; previous: readonly Buffer[] };

const NONCE = /[A-Za-z0-9_-]{16}/.source;
const TAG = /[A-Za-z0-9_-]{22}/.source;
const BODY = /[A-Za-z0-9_-]*/.source;
/** A sealed value inside any text (logs, stored webhook bodies), either version. */
export const SEALED_VALUE = new RegExp(`\\b(?:v2\\.[0-9a-f]{8}\\.${NONCE}|v1\\.${NONCE})\\.${BODY}\\.${TAG}(?![A-Za-z0-9_-])`, "g");

const WHOLE_SEALED_VALUE = new RegExp(`^(?:${SEALED_VALUE.source})$`);

/** True when the whole string has the shape of a sealed value (either version). */
export function isSealed(value: string): boolean {
  return WHOLE_SEALED_VALUE.test(value);
}

/** A key's id: the first 8 hex characters of its SHA-256, so no id has to be configured. */
export function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

function checkKey(key: Buffer): Buffer {
  if (key.length !== 32) throw new Error("token key must be 32 bytes");
  return key;
}

export function seal(plaintext: string, ring: KeyRing): string {
  const key = checkKey(ring.current);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v2", keyId(key), ...[iv, body, cipher.getAuthTag()].map((p) => p.toString("base64url"))].join(".");
}

function decrypt(key: Buffer, iv: string, body: string, tag: string): string {
  const nonce = Buffer.from(iv, "base64url");
  const authTag = Buffer.from(tag, "base64url");
  // Full-length nonce and tag only: GCM would otherwise accept truncated tags.
  if (nonce.length !== 12 || authTag.length !== 16) throw new Error("not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", checkKey(key), nonce, { authTagLength: 16 });
  decipher.setAuthTag(authTag);
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

const keysOf = (ring: KeyRing) => [ring.current, ...ring.previous];

export function open(sealed: string, ring: KeyRing): string {
  const parts = sealed.split(".");
  if (parts[0] === "v2" && parts.length === 5) {
    const [, kid, iv, body, tag] = parts as [string, string, string, string, string];
    const key = keysOf(ring).find((k) => keyId(k) === kid);
    if (!key) throw new Error(`sealed with key ${kid}, which is not configured (TOKEN_ENCRYPTION_KEY or TOKEN_ENCRYPTION_PREVIOUS_KEYS)`);
    return decrypt(key, iv, body, tag);
  }
  if (parts[0] === "v1" && parts.length === 4) {
    const [, iv, body, tag] = parts as [string, string, string, string];
    for (const key of keysOf(ring)) {
      try {
        return decrypt(key, iv, body, tag);
      } catch (error) {
        if ((error as Error).message === "not a sealed value") throw error;
        // another key of the ring may have sealed it
      }
    }
    throw new Error("no configured key opens this value (sealed before key ids)");
  }
  throw new Error("not a sealed value");
}

/** True when the value is not sealed with the current key (an older key, or the v1 format). */
export function needsReseal(sealed: string, ring: KeyRing): boolean {
  return !sealed.startsWith(`v2.${keyId(ring.current)}.`);
}

/** Opens with any key of the ring and seals again with the current one; the same value if already current. */
export function reseal(sealed: string, ring: KeyRing): string {
  return needsReseal(sealed, ring) ? seal(open(sealed, ring), ring) : sealed;
}
