// `npm start`: builds the app when the sources changed since the last build, then serves it.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const SOURCES = ["app", "components", "lib", "prisma", "public", "next.config.ts", "proxy.ts", "package.json", "instrumentation.ts", "postcss.config.mjs"];

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => (name === "generated" ? m : Math.max(m, newest(path.join(p, name)))), s.mtimeMs);
}

const stampFile = path.join(root, ".next", "source-stamp");
const stamp = String(Math.max(...SOURCES.map((s) => newest(path.join(root, s)))));
const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// The server checks the configuration at start too (instrumentation.ts); this only saves a build.
try {
  execFileSync(process.execPath, [require.resolve("tsx/cli"), path.join(root, "scripts", "check-config.ts")], { stdio: "inherit", cwd: root, env });
} catch {
  process.exit(1);
}
if (!built) {
  console.log("Building the app (first start, or sources changed)…");
  execFileSync(process.execPath, [nextBin, "build"], { stdio: "inherit", cwd: root, env });
  writeFileSync(stampFile, stamp);
}
const port = process.env.PORT ?? "3000";
const child = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", cwd: root, env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
