// Secrets at rest (card tokens): AES-256-GCM from node:crypto with a random 96-bit nonce per
// value. Stored as "v1.<nonce>.<ciphertext>.<tag>" in base64url, so the scheme can change later.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export function seal(plaintext: string, key: Buffer): string {
  if (key.length !== 32) throw new Error("token key must be 32 bytes");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, body, cipher.getAuthTag()].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function open(sealed: string, key: Buffer): string {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !body || !tag) throw new Error("not a sealed value");
  const nonce = Buffer.from(iv, "base64url");
  const authTag = Buffer.from(tag, "base64url");
  // Full-length nonce and tag only: GCM would otherwise accept truncated tags.
  if (nonce.length !== 12 || authTag.length !== 16) throw new Error("not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key, nonce, { authTagLength: 16 });
  decipher.setAuthTag(authTag);
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
