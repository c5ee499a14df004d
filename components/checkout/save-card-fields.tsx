// "Save my card" at checkout: an explicit choice, never pre-ticked. A guest is told they sign in
// by email first; a signed-in cardholder sees which account the card will belong to.
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/en";
import { PROVIDER_NAMES, type ProviderId } from "@/lib/payments/providers";

export type Saver = { email: string };

export function SaveCardFields({ provider, m, saver }: { provider: ProviderId; m: Messages; saver: Saver | null }) {
  const id = `save-${provider}`;
  return (
    <div className="mb-2 rounded border border-stone-200 bg-white p-3">
      <div className="flex items-start gap-2">
        <input id={id} name="save" type="checkbox" value="on" className="mt-1 h-5 w-5" aria-describedby={`${id}-hint`} />
        <label htmlFor={id}>{fill(m.checkout.saveCard, { provider: PROVIDER_NAMES[provider] })}</label>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
        {saver ? fill(m.checkout.saveCardAs, { email: saver.email }) : m.checkout.saveCardSignIn}
      </p>
    </div>
  );
}
