// Adding or replacing a card: the merchant's current terms (an unticked "I accept", or when they
// were accepted), what the verification payment is and does, then on to Bancontact.
import { startCardLinkAction } from "@/app/(account)/account/cards/actions";
import { SubmitButton } from "@/components/checkout/submit-button";
import type { LinkOffer } from "@/lib/cards/link-offer";
import { fill, formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";
import { formatMoney } from "@/lib/payments/money";
import { ShopperNameField } from "@/components/checkout/shopper-name-field";
import { needsShopperName } from "@/lib/shopper/name";

type Props = { offer: LinkOffer; replacing: { cardId: string; label: string } | null; m: Messages; locale: Locale; error?: string; name: string };

function errorText(error: string | undefined, m: Messages): string | null {
  if (!error) return null;
  if (error === "terms_required") return m.addCard.termsRequired;
  const errors = m.checkout.error;
  return error in errors ? errors[error as keyof typeof errors] : errors.generic;
}

export function CardLinkForm({ offer, replacing, m, locale, error, name }: Props) {
  const merchant = offer.merchant;
  const amount = formatMoney(offer.amount, "EUR", locale);
  const problem = errorText(error, m);
  return (
    <form action={startCardLinkAction} className="mt-4 flex flex-col gap-4">
      {problem && (
        <p role="alert" className="rounded bg-red-50 p-3 text-red-900">
          {problem}
        </p>
      )}
      {replacing ? <input type="hidden" name="replacesCardId" value={replacing.cardId} /> : <input type="hidden" name="merchantId" value={offer.merchantId} />}
      <section aria-labelledby="terms-heading" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="terms-heading" className="text-lg font-semibold">
          {fill(m.addCard.termsHeading, { merchant, version: offer.terms.version })}
        </h2>
        <p className="mt-2 max-h-64 overflow-y-auto whitespace-pre-line rounded bg-stone-50 p-2 text-sm" data-testid="wip-terms" tabIndex={0} aria-labelledby="terms-heading">
          {offer.terms.text}
        </p>
        {offer.acceptedAt ? (
          <p className="mt-2 text-sm text-stone-700" data-testid="terms-accepted">
            {fill(m.addCard.accepted, { date: formatDate(offer.acceptedAt, locale) })}
          </p>
        ) : (
          <div className="mt-3 flex items-start gap-2">
            <input type="hidden" name="termsId" value={offer.terms.id} />
            <input id="accept-terms" name="acceptTerms" type="checkbox" value="on" className="mt-1 h-5 w-5 shrink-0" />
            <label htmlFor="accept-terms">{fill(m.addCard.accept, { merchant })}</label>
          </div>
        )}
      </section>
      <section aria-labelledby="how-heading" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="how-heading" className="text-lg font-semibold">
          {m.addCard.howHeading}
        </h2>
        <p className="mt-2" data-testid="verification-amount" data-amount={offer.amount}>
          {fill(m.addCard.how, { amount, merchant })}
        </p>
        {replacing && <p className="mt-2">{fill(m.addCard.howReplace, { card: replacing.label })}</p>}
      </section>
      {needsShopperName(offer.provider) && (
        <ShopperNameField m={m} required value={name} error={error === "name_required" || error === "name_invalid" ? problem : null} />
      )}
      <SubmitButton pendingLabel={m.checkout.paying} className="self-start rounded bg-brand px-4 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {m.addCard.continue}
      </SubmitButton>
    </form>
  );
}
