"use client";
// The verification payment a cardholder makes to add a card from the cards page (the provider that
// links is the first of the linking route, set above it). Each refusal names its field.
import { useActionState } from "react";
import { saveLinkingAction, type LinkingState } from "@/app/(merchant)/merchant/settings/linking-actions";
import type { LinkingSettingsError } from "@/lib/cards/linking-settings";
import { fill } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/payments/money";
import type { Messages } from "@/lib/i18n/messages/en";

type Props = { m: Messages["linking"]; amount: string; locale: string };

function message(e: LinkingSettingsError, m: Messages["linking"], locale: string): string {
  switch (e.code) {
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

export function LinkingForm({ m, amount, locale }: Props) {
  const [state, action, pending] = useActionState<LinkingState, FormData>(saveLinkingAction, undefined);
  const errorOf = (field: LinkingSettingsError["field"]) => state?.errors?.find((e) => e.field === field);
  const providerError = errorOf("linkingProvider");
  const amountError = errorOf("verificationAmount");
  return (
    <form action={action} className="mt-6 flex flex-col gap-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{m.heading}</h2>
      <p className="text-stone-700">{m.intro}</p>
      {providerError && (
        <p id="linking-provider-error" role="alert" className="text-red-800">
          {message(providerError, m, locale)}
        </p>
      )}
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
