// Structured logs on stdout, with secrets and card data redacted by key name and by shape
// (lib/redact.ts).
import { env } from "./env";
import { redact } from "./redact";

export { redact };

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;

function write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  let min: Level = "info";
  try {
    min = env().logLevel;
  } catch {
    // configuration not readable yet: log at the default level
  }
  if (LEVELS[level] < LEVELS[min]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message: redact(message), ...(redact(fields) as object) });
  (level === "error" || level === "warn" ? console.error : console.log)(line);
}

export const logger = {
  debug: (m: string, f?: Record<string, unknown>) => write("debug", m, f),
  info: (m: string, f?: Record<string, unknown>) => write("info", m, f),
  warn: (m: string, f?: Record<string, unknown>) => write("warn", m, f),
  error: (m: string, f?: Record<string, unknown>) => write("error", m, f),
};
