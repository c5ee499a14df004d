// The embedded database belongs to one process at a time: a second PGlite on the same directory
// hangs every query rather than failing. The process that opens it writes its pid beside the
// directory; another process (a command run while the server is up) is refused with the reason.
// Written here because PGlite itself keeps no such lock.
import { readFileSync, rmSync, writeFileSync } from "node:fs";

const ownerFile = (dir: string) => `${dir}.pid`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Claims the directory for this process; throws when another live process holds it. */
export function claimPglite(dir: string): () => void {
  if (dir.startsWith("memory://")) return () => {};
  const file = ownerFile(dir);
  let owner: number | undefined;
  try {
    owner = Number.parseInt(readFileSync(file, "utf8"), 10);
  } catch {
    owner = undefined;
  }
  if (owner && owner !== process.pid && alive(owner)) {
    throw new Error(`the embedded database in ${dir} is open in process ${owner} (a running server?): stop it first, or use DATABASE_URL`);
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
