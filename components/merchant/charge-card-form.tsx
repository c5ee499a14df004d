"use client";
// "Charge this card": once, monthly or in instalments; shows the outcome or the refusal in words.
import { useActionState } from "react";
import { chargeCardAction, type ChargeState } from "@/app/(merchant)/merchant/cards/actions";
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/en";

type M = Messages["merchantCards"];

/** `nonce`: made on the server when the page renders; after a charge the action hands a fresh one. */
export function ChargeCardForm({ m, cardId, nonce }: { m: M; cardId: string; nonce: string }) {
  const [state, action, pending] = useActionState<ChargeState, FormData>(chargeCardAction, undefined);
  const bad = (f: "amount" | "description" | "reference" | "count") => state?.fields?.includes(f) === true;
  const id = (f: string) => `${f}-${cardId}`;
  const field = (f: "amount" | "description" | "reference", label: string, error: string, extra: Record<string, string> = {}) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id(f)} className="font-medium">
        {label}
      </label>
      <input
        id={id(f)}
        name={f}
        required
        className="rounded border border-stone-400 px-3 py-2"
        aria-invalid={bad(f) || undefined}
        aria-describedby={bad(f) ? id(`${f}-error`) : undefined}
        {...extra}
      />
      {bad(f) && (
        <p id={id(`${f}-error`)} className="text-red-800">
          {error}
        </p>
      )}
    </div>
  );
  const reason = state?.refusal ? (m.reasons[state.refusal as keyof M["reasons"]] ?? m.reasons.other) : null;
  return (
    <form action={action} className="mt-3 flex flex-col gap-3 rounded border border-stone-200 bg-stone-50 p-3" data-testid="charge-card-form">
      <h3 className="font-semibold">{m.chargeHeading}</h3>
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="nonce" value={state?.nonce ?? nonce} />
      {field("amount", m.amount, m.invalidAmount, { inputMode: "decimal" })}
      {field("description", m.description, m.invalidText, { maxLength: "255" })}
      {field("reference", m.reference, m.invalidText, { maxLength: "90" })}
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">{m.repeat}</legend>
        {(["once", "monthly", "instalments"] as const).map((r) => (
          <label key={r} className="flex items-center gap-2">
            <input type="radio" name="repeat" value={r} defaultChecked={r === "once"} />
            {m[r]}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("count")} className="font-medium">
          {m.count}
        </label>
        <input
          id={id("count")}
          name="count"
          inputMode="numeric"
          defaultValue="3"
          className="w-24 rounded border border-stone-400 px-3 py-2"
          aria-invalid={bad("count") || undefined}
          aria-describedby={bad("count") ? id("count-error") : undefined}
        />
        {bad("count") && (
          <p id={id("count-error")} className="text-red-800">
            {m.invalidCount}
          </p>
        )}
      </div>
      <div aria-live="polite" data-testid="charge-result">
        {state?.fields && state.fields.length > 0 && <p className="text-red-800">{m.invalid}</p>}
        {state?.outcome && <p>{m[state.outcome === "waiting" ? "waiting" : state.outcome]}</p>}
        {state?.nextCharge && <p>{fill(m.scheduleMade, { date: state.nextCharge })}</p>}
        {reason && <p className="text-red-800">{fill(m.refused, { reason })}</p>}
      </div>
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? m.charging : m.charge}
      </button>
    </form>
  );
}
