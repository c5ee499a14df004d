// Public ids: a type prefix and 20 random base32 characters (100 bits), unguessable in URLs.
import { randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! & 31];
  return out;
}

export function newId(prefix: string): string {
  return `${prefix}_${randomToken(20)}`;
}
