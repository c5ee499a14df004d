"use client";
// "Refund this payment": an amount (empty: all that remains) and a reason; the outcome or the
// refusal in words, the refused field marked.
import { useActionState } from "react";
import { refundAction, type RefundState } from "@/app/(merchant)/merchant/payments/[id]/actions";
import type { BackOfficeMessages } from "@/lib/backoffice/messages";
import { fill } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/payments/money";

type M = BackOfficeMessages["detail"];

export function RefundForm({ m, paymentId, locale }: { m: M; paymentId: string; locale: string }) {
  const [state, action, pending] = useActionState<RefundState, FormData>(refundAction, undefined);
  const bad = (f: "amount" | "reason") => state?.fields?.includes(f) === true;
  const field = (f: "amount" | "reason", label: string, error: string, extra: Record<string, string> = {}) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`refund-${f}`} className="font-medium">
        {label}
      </label>
      <input
        id={`refund-${f}`}
        name={f}
        className="rounded border border-stone-400 px-3 py-2"
        aria-invalid={bad(f) || undefined}
        aria-describedby={bad(f) ? `refund-${f}-error` : undefined}
        {...extra}
      />
      {bad(f) && (
        <p id={`refund-${f}-error`} className="text-red-800">
          {f === "amount" && state?.refusal ? (m.refusals[state.refusal] ?? m.refusals.other) : error}
        </p>
      )}
    </div>
  );
  return (
    <form action={action} className="mt-3 flex flex-col gap-3 rounded border border-stone-200 bg-stone-50 p-3" data-testid="refund-form">
      <input type="hidden" name="paymentId" value={paymentId} />
      {field("amount", m.amount, m.invalidAmount, { inputMode: "decimal" })}
      {field("reason", m.reason, m.invalidReason, { maxLength: "255" })}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? m.submitting : m.submit}
      </button>
      {state?.done && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3">
          {fill(m.done, { amount: formatMoney(state.done.amount, "EUR", locale), state: m.refundStates[state.done.status] ?? state.done.status })}
        </p>
      )}
      {state?.refusal && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3">
          {fill(m.refused, { reason: m.refusals[state.refusal] ?? m.refusals.other })}
        </p>
      )}
    </form>
  );
}
