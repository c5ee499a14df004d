// "Save my card" at checkout: an explicit choice, never pre-ticked, with the merchant's terms for
// saved cards beside it (Bancontact WIP: accepted before any card is linked). A guest is told they
// sign in by email first; a signed-in cardholder sees which account the card will belong to. The
// merchant's linking route decides who keeps the card: the shopper never sees a provider's name.
import { fill, formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";
import type { SaveCardOffer } from "@/lib/cards/save-card-offer";

type Props = { m: Messages; locale: Locale; merchant: string; offer: SaveCardOffer };

export function SaveCardFields({ m, locale, merchant, offer }: Props) {
  const id = "save-card";
  const { terms, saver } = offer;
  return (
    <div className="mb-2 rounded border border-stone-200 bg-white p-3">
      <div className="flex items-start gap-2">
        <input id={id} name="save" type="checkbox" value="on" className="mt-1 h-5 w-5 shrink-0" aria-describedby={`${id}-hint`} />
        <label htmlFor={id}>{m.checkout.choice.saveCard}</label>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-700">
        {saver ? fill(m.checkout.saveCardAs, { email: saver.email }) : m.checkout.saveCardSignIn}
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand underline">{fill(m.checkout.termsSummary, { merchant, version: terms.version })}</summary>
        <p className="mt-1 whitespace-pre-line rounded bg-stone-50 p-2" data-testid="wip-terms">
          {terms.text}
        </p>
      </details>
      {saver?.acceptedAt ? (
        <p className="mt-2 text-sm text-stone-700">{fill(m.checkout.termsAccepted, { date: formatDate(saver.acceptedAt, locale) })}</p>
      ) : (
        <div className="mt-2 flex items-start gap-2">
          <input type="hidden" name="termsId" value={terms.id} />
          <input id={`${id}-terms`} name="acceptTerms" type="checkbox" value="on" className="mt-1 h-5 w-5 shrink-0" />
          <label htmlFor={`${id}-terms`}>{fill(m.checkout.choice.acceptTerms, { merchant })}</label>
        </div>
      )}
    </div>
  );
}
