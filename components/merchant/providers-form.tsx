"use client";
// The merchant's choice of providers for its checkout.
import { useActionState } from "react";
import { saveProviders, type SettingsState } from "@/app/(merchant)/merchant/settings/actions";

export function ProvidersForm({ options, enabled }: { options: { id: string; name: string }[]; enabled: string[] }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveProviders, undefined);
  return (
    <form action={action} className="mt-4 flex flex-col gap-2">
      <fieldset className="rounded border border-stone-200 bg-white p-4">
        <legend className="font-semibold">Providers offered at checkout</legend>
        {options.map((o) => (
          <label key={o.id} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="providers" value={o.id} defaultChecked={enabled.includes(o.id)} />
            {o.name}
          </label>
        ))}
      </fieldset>
      {state?.error && (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      )}
      {state?.saved && <p role="status">Saved.</p>}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        Save
      </button>
    </form>
  );
}
