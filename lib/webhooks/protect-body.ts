// What of a webhook body may be kept: IBANs masked (country, check digits and last four), the
// handles that charge a linked card (PPRO agreement ids, TRANSACTION API card tokens) sealed,
// everything else as received. Every provider's wire format goes through the same walk: JSON
// (Bancontact, WooshPay, PPRO, Worldpay), url-encoded forms (PPRO's TRANSACTION API), and text
// (a body that could not be read, kept for the record).
import { createHash } from "node:crypto";
import { AGREEMENT_IN_TEXT, IBAN_IN_TEXT, isIban } from "../redact";

/** How much of a rejected body is kept: enough to see what it was, not a store for strangers. */
export const REJECTED_BODY_BYTES = 2 * 1024;

/** Field names whose string values are handles to a linked card: sealed. */
const SEALED_FIELDS = /^(?:(?:specout\.|specin\.)?card_?token|token|instrument_?id|(?:payment_?)?agreement_?id)$/i;
const AGREEMENT_ID = /^agr_[A-Za-z0-9]+$/;
/** Secrets nobody needs back (a WooshPay PaymentIntent's client secret confirms it): dropped. */
const DROPPED_FIELDS = /^client_secret$/i;
const IBAN_FIELD = /iban/i;

export function bodySha256(raw: string): string {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}

/** BE68 **** **** 0414: whose bank and which account, not the account number. */
export function maskIban(value: string): string {
  const compact = value.replace(/\s/g, "");
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return `${compact.slice(0, 4)} **** **** ${compact.slice(-4)}`;
  // Already masked by the provider (Bancontact sends "*************12636"): kept.
  if (/[*X]{4}/.test(compact)) return value;
  return compact.length > 8 ? `**** ${compact.slice(-4)}` : "****";
}

function protectText(text: string, seal: (s: string) => string): string {
  return text
    .replace(IBAN_IN_TEXT, (m) => (isIban(m.replace(/ /g, "")) ? maskIban(m) : m))
    .replace(AGREEMENT_IN_TEXT, (m) => seal(m));
}

function protectField(key: string, value: string, seal: (s: string) => string): string {
  if (IBAN_FIELD.test(key)) return maskIban(value);
  if (DROPPED_FIELDS.test(key)) return "[redacted]";
  if (value && (SEALED_FIELDS.test(key) || AGREEMENT_ID.test(value))) return seal(value);
  return protectText(value, seal);
}

function walk(value: unknown, key: string, seal: (s: string) => string): unknown {
  if (typeof value === "string") return protectField(key, value, seal);
  if (Array.isArray(value)) return value.map((v) => walk(v, key, seal));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, seal)]));
  return value;
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

const FORM = /^[\w.%+-]+=[^&\s]*(?:&[\w.%+-]+=[^&\s]*)*$/;

/** The body to store: same format as received, with IBANs masked and card handles sealed. */
export function protectBody(raw: string, seal: (s: string) => string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    const json = parseJson(trimmed);
    if (json.ok) return JSON.stringify(walk(json.value, "", seal));
  }
  if (FORM.test(trimmed)) {
    const form = new URLSearchParams(trimmed);
    return new URLSearchParams([...form].map(([k, v]) => [k, protectField(k, v, seal)])).toString();
  }
  return protectText(raw, seal);
}

/** The first bytes of a protected body; a cut multi-byte character is dropped. */
export function truncateBody(body: string, maxBytes = REJECTED_BODY_BYTES): string {
  const bytes = Buffer.from(body, "utf8");
  if (bytes.length <= maxBytes) return body;
  return bytes.subarray(0, maxBytes).toString("utf8").replace(/\uFFFD$/, "");
}
