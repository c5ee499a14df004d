// The app's key ring for secrets at rest, from configuration: TOKEN_ENCRYPTION_KEY seals,
// TOKEN_ENCRYPTION_PREVIOUS_KEYS only open (see docs/secrets.md for rotation).
import { env } from "../env";
import { open, seal, type KeyRing } from "./secret-box";

export function tokenKeyRing(): KeyRing {
  const e = env();
  return { current: e.tokenKey, previous: e.previousTokenKeys };
}

export const sealSecret = (plaintext: string): string => seal(plaintext, tokenKeyRing());
export const openSecret = (sealed: string): string => open(sealed, tokenKeyRing());
