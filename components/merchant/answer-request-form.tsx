"use client";
// The staff's answer to one request: approve a refund (in full or part) or decline it with a
// reason; a dispute gets a written answer. The outcome or refusal in words.
import { useActionState } from "react";
import { answerRequestAction, type AnswerState } from "@/app/(merchant)/merchant/requests/actions";
import type { BackOfficeMessages } from "@/lib/backoffice/messages";
import { fill } from "@/lib/i18n/format";

type M = BackOfficeMessages["inbox"];

export function AnswerRequestForm({ m, requestId, kind }: { m: M; requestId: string; kind: string }) {
  const [state, action, pending] = useActionState<AnswerState, FormData>(answerRequestAction, undefined);
  const bad = (f: string) => state?.fields?.includes(f) === true;
  const id = (f: string) => `${f}-${requestId}`;
  const error = (f: string, text: string) =>
    bad(f) && (
      <p id={id(`${f}-error`)} className="text-red-800">
        {text}
      </p>
    );
  const textArea = (name: "reason" | "answer", label: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id(name)} className="font-medium">
        {label}
      </label>
      <textarea id={id(name)} name={name} rows={2} maxLength={2000} className="rounded border border-stone-400 px-3 py-2" aria-invalid={bad(name) || undefined} aria-describedby={bad(name) ? id(`${name}-error`) : undefined} />
      {error(name, m.invalidText)}
    </div>
  );
  const button = (decision: string, label: string) => (
    <button type="submit" name="decision" value={decision} disabled={pending} className="self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
      {pending ? m.sending : label}
    </button>
  );
  return (
    <form action={action} className="mt-2 flex flex-col gap-3" data-testid="answer-request-form">
      <input type="hidden" name="requestId" value={requestId} />
      {kind === "refund" && (
        <div className="flex flex-col gap-1">
          <label htmlFor={id("amount")} className="font-medium">
            {m.amount}
          </label>
          <input id={id("amount")} name="amount" inputMode="decimal" className="rounded border border-stone-400 px-3 py-2" aria-invalid={bad("amount") || undefined} aria-describedby={bad("amount") ? id("amount-error") : undefined} />
          {error("amount", state?.refusal ? (m.refusals[state.refusal] ?? m.refusals.other) : m.invalidAmount)}
          {button("approve", m.approve)}
        </div>
      )}
      {kind === "dispute" ? textArea("answer", m.answer) : textArea("reason", m.reason)}
      {kind === "dispute" ? button("answer", m.send) : button("decline", m.decline)}
      {state?.refusal && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3">
          {fill(m.refused, { reason: m.refusals[state.refusal] ?? m.refusals.other })}
        </p>
      )}
    </form>
  );
}
