// Structured logs on stdout, with secrets and card data redacted by key name and by shape.
import { env } from "./env";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;

const SECRET_KEYS = /secret|password|token|authorization|api[-_]?key|signature|cardtoken|card_token/i;
const SECRET_VALUES = [/Bearer\s+[A-Za-z0-9._~+/-]+=*/gi, /\b(sk|whsec|bc)_(test|live)?_?[A-Za-z0-9_-]{8,}/g];

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[deep]";
  if (typeof value === "string") return SECRET_VALUES.reduce((s, re) => s.replace(re, "[redacted]"), value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) ? "[redacted]" : redact(v, depth + 1)]));
  }
  return value;
}

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
