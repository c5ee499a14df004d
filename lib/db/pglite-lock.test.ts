import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseInUseError, lockPath, lockPglite, pgliteHolder } from "./pglite-lock";

const dir = () => path.join(mkdtempSync(path.join(tmpdir(), "pglite-lock-")), "pglite");

describe("embedded database lock", () => {
  it("takes a free directory for this process and gives it back", () => {
    const d = dir();
    const release = lockPglite(d);
    expect(readFileSync(lockPath(d), "utf8")).toBe(String(process.pid));
    expect(pgliteHolder(d)).toBeNull();
    release();
    expect(existsSync(lockPath(d))).toBe(false);
  });
  it("refuses a directory another live process holds, naming it", () => {
    const d = dir();
    writeFileSync(lockPath(d), String(process.ppid));
    expect(pgliteHolder(d)).toBe(process.ppid);
    expect(() => lockPglite(d)).toThrow(DatabaseInUseError);
    expect(() => lockPglite(d)).toThrow(`is open in process ${process.ppid}`);
  });
  it("takes over the lock of a process that is gone", () => {
    const d = dir();
    // Above the kernel's largest pid (4194304): no such process.
    writeFileSync(lockPath(d), "4194305");
    expect(pgliteHolder(d)).toBeNull();
    lockPglite(d)();
  });
});
