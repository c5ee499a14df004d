"use client";
// The merchant's terms for saved cards: each save makes a new version.
import { useActionState } from "react";
import { saveTermsAction, type TermsState } from "@/app/(merchant)/merchant/terms/actions";
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/en";

export function TermsForm({ m, text }: { m: Messages["terms"]; text: string }) {
  const [state, action, pending] = useActionState<TermsState, FormData>(saveTermsAction, undefined);
  const error = state?.fieldErrors?.text;
  return (
    <form action={action} className="mt-6 flex flex-col gap-3 rounded border border-stone-200 bg-white p-4">
      <label htmlFor="terms-text" className="font-medium">
        {m.textLabel}
      </label>
      <textarea
        id="terms-text"
        name="text"
        rows={10}
        defaultValue={text}
        className="rounded border border-stone-400 px-3 py-2"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "terms-text-error" : "terms-text-hint"}
      />
      <p id="terms-text-hint" className="text-sm text-stone-700">
        {m.textHint}
      </p>
      {error && (
        <p id="terms-text-error" className="text-red-800">
          {error === "conflict" ? m.conflict : m.invalidText}
        </p>
      )}
      {state?.saved && <p role="status">{state.saved.created ? fill(m.savedVersion, { version: state.saved.version }) : m.unchanged}</p>}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        {m.save}
      </button>
    </form>
  );
}
