// What never reaches a log line: secrets by key name, and card numbers, IBANs, tokens, keys,
// signatures, sealed values and email addresses by their shape wherever they appear in text.
// Own code rather than a logging library's redaction (pino's redacts by path only): the risk
// is a value that lands in a message or an unexpected field, which only shapes can catch.
import { SEALED_VALUE } from "./crypto/secret-box";

const R = "[redacted]";

/** Field names whose values are secret whatever they look like. */
const SECRET_KEYS = /secret|password|passwd|token|authorization|cookie|api[-_]?key|signature|cardtoken|card_token|iban|^(pan|cvc|cvv|card_?number)$/i;

/** key=value (forms, query strings, headers) and "key": "value" (JSON in text) of secret names. */
const SECRET_PAIRS: [RegExp, string][] = [
  [/\b((?:[\w.-]*?)(?:password|passwd|secret|token|api[_-]?key|signature|cardtoken|iban))=([^&\s,;"']+)/gi, `$1=${R}`],
  [/("(?:[\w.-]*?)(?:password|passwd|secret|token|api[_-]?key|signature|cardtoken|iban)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, `$1"${R}"`],
];

/** PPRO payment agreement ids, anywhere in text. */
export const AGREEMENT_IN_TEXT = /\bagr_[A-Za-z0-9]{6,}/g;

const SHAPES: [RegExp, string][] = [
  // Our own sealed values (lib/crypto/secret-box.ts): opaque, but never worth a log line.
  [SEALED_VALUE, R],
  // JWS / JWT compact serialization, detached payloads (header..signature) included.
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{8,}/g, R],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/-]+=*/gi, R],
  // Provider and our own API keys and webhook secrets.
  [/\b(?:sk|pk|rk|whsec|bc|ppro)_(?:test_|live_)?[A-Za-z0-9_-]{8,}/g, R],
  // Timestamped HMAC signatures (t=…,v1=<hex>).
  [/\bv\d=[A-Fa-f0-9]{32,}/g, R],
  // PPRO payment agreement ids: the handle for charging a linked card.
  [AGREEMENT_IN_TEXT, R],
];

const EMAIL = /\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(@|%40)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b/g;
/** Shapes shared with what stored webhook bodies protect (lib/webhooks/protect-body.ts). */
export const IBAN_IN_TEXT = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// Starts with 2 to 6 (every card scheme's range), so timestamps and most ids never match.
const PAN = /(?<![\w-])[2-6]\d(?:[ -]?\d){11,17}(?![\w-])/g;

/** ISO 13616 check digits: real IBANs pass, upper-case ids that merely look like one do not. */
export function isIban(candidate: string): boolean {
  const s = candidate.replace(/ /g, "");
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const digits = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function isPan(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, "");
  return digits.length >= 13 && digits.length <= 19 && luhn(digits);
}

/**
 * The longest start of a match that is valid, cut where a space or dash separates groups: a
 * greedy match may have taken in the next word or number ("BE68 5390 0754 7034 EUR").
 */
function redactValidPrefix(match: string, valid: (s: string) => boolean): string {
  for (let i = match.length; i > 0; i--) {
    if ((i === match.length || match[i] === " " || match[i] === "-") && valid(match.slice(0, i))) return R + match.slice(i);
  }
  return match;
}

/** s***@example.com: enough to tell mails apart in a log, not to know whom they went to. */
export const maskEmails = (text: string): string => text.replace(EMAIL, "$1***$2$3");

export function redactText(text: string): string {
  let out = SECRET_PAIRS.reduce((s, [re, to]) => s.replace(re, to), text);
  out = SHAPES.reduce((s, [re, to]) => s.replace(re, to), out);
  out = out.replace(IBAN_IN_TEXT, (m) => redactValidPrefix(m, isIban));
  out = out.replace(PAN, (m) => redactValidPrefix(m, isPan));
  return maskEmails(out);
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return "[deep]";
  if (typeof value === "string") return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) ? R : redact(v, depth + 1)]));
  }
  return value;
}
