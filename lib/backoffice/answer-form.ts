// The inbox form, read into what lib/requests/answer.ts is asked: the amount typed in euros
// becomes cents; an unreadable amount is named before anything else is asked.
import { parseDecimalToCents } from "../payments/money";

export function answerFromForm(form: FormData): { ok: true; answer: Record<string, unknown> } | { ok: false; field: "amount" } {
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const decision = text("decision");
  const requestId = text("requestId");
  if (decision === "approve") {
    const raw = text("amount").trim();
    if (raw === "") return { ok: true, answer: { decision, requestId } };
    const amount = parseDecimalToCents(raw);
    if (amount === null || amount < 1) return { ok: false, field: "amount" };
    return { ok: true, answer: { decision, requestId, amount } };
  }
  if (decision === "decline") return { ok: true, answer: { decision, requestId, reason: text("reason") } };
  return { ok: true, answer: { decision, requestId, answer: text("answer") } };
}
