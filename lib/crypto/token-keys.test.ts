import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";

const dataDir = mkdtempSync(path.join(tmpdir(), "token-keys-"));

describe("token key configuration", () => {
  const a = randomBytes(32).toString("base64");
  const b = randomBytes(32).toString("base64");

  it("reads previous keys, comma-separated, for opening only", () => {
    const e = parseEnv({ NODE_ENV: "test", DATA_DIR: dataDir, TOKEN_ENCRYPTION_KEY: a, TOKEN_ENCRYPTION_PREVIOUS_KEYS: `${b}, ${a}` });
    expect(e.tokenKey.toString("base64")).toBe(a);
    expect(e.previousTokenKeys.map((k) => k.toString("base64"))).toEqual([b, a]);
    expect(parseEnv({ NODE_ENV: "test", DATA_DIR: dataDir }).previousTokenKeys).toEqual([]);
  });
  it("validates previous keys like the current one, naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "test", DATA_DIR: dataDir, TOKEN_ENCRYPTION_PREVIOUS_KEYS: `${b},c2hvcnQ=` })).toThrow(/TOKEN_ENCRYPTION_PREVIOUS_KEYS: must be comma-separated keys of 32 bytes/);
  });
});
