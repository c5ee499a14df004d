// Integration tests keep their development secrets in a temporary folder of their own.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

process.env.DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "bc-it-"));
process.env.APP_URL ??= "http://localhost:3999";
process.env.LOG_LEVEL ??= "error";
