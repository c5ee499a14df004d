"use client";
// Which provider links cards (or the first enabled one that can), and the verification payment a
// cardholder makes to add a card from the cards page. Each refusal names its field.
import { useActionState } from "react";
import { saveLinkingAction, type LinkingState } from "@/app/(merchant)/merchant/settings/linking-actions";
import type { LinkingSettingsError } from "@/lib/cards/linking-settings";
import { fill } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/payments/money";
import type { Messages } from "@/lib/i18n/messages/en";

type Props = { m: Messages["linking"]; options: { id: string; name: string }[]; chosen: string | null; amount: string; locale: string };

function message(e: LinkingSettingsError, m: Messages["linking"], locale: string): string {
  switch (e.code) {
    case "not_linking":
      return m.notLinking;
    case "not_enabled":
      return m.notEnabled;
    case "none_enabled":
      return m.noneEnabled;
    case "not_amount":
      return m.notAmount;
    case "out_of_limits":
      return m.outOfLimits;
    case "above_wip_max":
      return fill(m.aboveWipMax, { max: formatMoney(e.max ?? 0, "EUR", locale) });
  }
}

export function LinkingForm({ m, options, chosen, amount, locale }: Props) {
  const [state, action, pending] = useActionState<LinkingState, FormData>(saveLinkingAction, undefined);
  const errorOf = (field: LinkingSettingsError["field"]) => state?.errors?.find((e) => e.field === field);
  const providerError = errorOf("linkingProvider");
  const amountError = errorOf("verificationAmount");
  const choices = [{ id: "auto", name: m.auto }, ...options];
  return (
    <form action={action} className="mt-6 flex flex-col gap-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{m.heading}</h2>
      <p className="text-stone-700">{m.intro}</p>
      <fieldset className="flex flex-col gap-1" aria-describedby={providerError ? "linking-provider-error" : undefined}>
        <legend className="font-medium">{m.provider}</legend>
        {choices.map((c) => (
          <div key={c.id} className="flex items-center gap-2">
            <input id={`linking-${c.id}`} type="radio" name="linkingProvider" value={c.id} defaultChecked={(chosen ?? "auto") === c.id} className="h-5 w-5" />
            <label htmlFor={`linking-${c.id}`}>{c.name}</label>
          </div>
        ))}
        {providerError && (
          <p id="linking-provider-error" role="alert" className="text-red-800">
            {message(providerError, m, locale)}
          </p>
        )}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="verification-amount" className="font-medium">
          {m.amount}
        </label>
        <input
          id="verification-amount"
          name="verificationAmount"
          inputMode="decimal"
          defaultValue={amount}
          className="rounded border border-stone-400 px-3 py-2"
          aria-invalid={amountError ? true : undefined}
          aria-describedby={amountError ? "verification-amount-error" : undefined}
        />
        {amountError && (
          <p id="verification-amount-error" role="alert" className="text-red-800">
            {message(amountError, m, locale)}
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
