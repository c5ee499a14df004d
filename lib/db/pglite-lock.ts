// PGlite is one process: a second process opening the same directory hangs every query (see
// docs/architecture.md, Database). PGlite itself leaves no lock, so the process that opens it
// writes its pid beside the directory, and any other process is told who holds it instead of
// hanging. Written here because no lock-file package fits a one-line pid check.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export const lockPath = (dir: string): string => `${dir.replace(/\/+$/, "")}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it is only not ours to signal.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid of another live process that holds the directory, or null. */
export function pgliteHolder(dir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(lockPath(dir), "utf8").trim());
  } catch {
    return null;
  }
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
}

export class DatabaseInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(`the embedded database ${dir} is open in process ${pid} (the app?): stop it first, PGlite serves one process (or delete ${lockPath(dir)} if that process is not ours)`);
  }
}

/** Takes the directory for this process; refuses when another live process has it. */
export function lockPglite(dir: string): () => void {
  const holder = pgliteHolder(dir);
  if (holder) throw new DatabaseInUseError(dir, holder);
  const file = lockPath(dir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, String(process.pid));
  const release = () => {
    try {
      if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}
