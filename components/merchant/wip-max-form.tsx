"use client";
// The merchant's WIP Maximum Merchant Amount: the largest charge on a linked card.
import { useActionState } from "react";
import { saveWipMaxAction, type WipMaxState } from "@/app/(merchant)/merchant/settings/wip-actions";
import type { Messages } from "@/lib/i18n/messages/en";

export function WipMaxForm({ m, value }: { m: Messages["wipMax"]; value: string }) {
  const [state, action, pending] = useActionState<WipMaxState, FormData>(saveWipMaxAction, undefined);
  const invalid = state?.invalid === true;
  return (
    <form action={action} className="mt-6 flex flex-col gap-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{m.heading}</h2>
      <p className="text-stone-700">{m.intro}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor="wip-max-amount" className="font-medium">
          {m.label}
        </label>
        <input
          id="wip-max-amount"
          name="wipMaxAmount"
          inputMode="decimal"
          defaultValue={value}
          className="rounded border border-stone-400 px-3 py-2"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "wip-max-amount-error" : undefined}
        />
        {invalid && (
          <p id="wip-max-amount-error" role="alert" className="text-red-800">
            {m.invalid}
          </p>
        )}
      </div>
      {state?.saved && <p role="status">{m.saved}</p>}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        {m.save}
      </button>
    </form>
  );
}
