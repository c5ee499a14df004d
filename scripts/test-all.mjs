// `npm test`: every check the project has, in order, stopping at the first failure:
// typecheck, lint, unit tests, integration tests (PGlite and PostgreSQL), end-to-end tests in
// Chromium against the production build. Ends with one line counting the tests.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const reports = ".data/test-reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const steps = [
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
  ["unit", "npx", ["vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/unit.json`]],
  ["integration", "npx", ["vitest", "run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/integration.json`]],
  ["e2e", "npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` }],
];

let passed = 0;
let failed = 0;
function count(step) {
  try {
    const r = JSON.parse(readFileSync(`${reports}/${step}.json`, "utf8"));
    if (step === "e2e") {
      passed += r.stats.expected;
      failed += r.stats.unexpected + r.stats.flaky;
    } else {
      passed += r.numPassedTests;
      failed += r.numFailedTests;
    }
  } catch {
    // no report: the step itself failed to start, which its exit code tells
  }
}

for (const [name, cmd, args, extra] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extra } });
  if (["unit", "integration", "e2e"].includes(name)) count(name);
  console.log(`=== ${name}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (r.status !== 0) {
    console.log(`\ntests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
