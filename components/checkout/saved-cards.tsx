// One-click payment at checkout: a signed-in cardholder's saved cards with this merchant, one
// button each (Bancontact WIP, initiated by the cardholder). When the amount is above what a
// saved card may pay, the section says so instead of hiding the cards without a word.
import { oneClickPayAction } from "@/app/(checkout)/checkout/actions";
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/en";
import type { OneClickOffer } from "@/lib/cards/one-click-offer";
import { SubmitButton } from "./submit-button";

type Props = { checkoutId: string; offer: OneClickOffer; amount: string; m: Messages };

export function SavedCards({ checkoutId, offer, amount, m }: Props) {
  const t = m.checkout.oneClick;
  if (offer.cards.length === 0 && !offer.refusal) return null;
  return (
    <section aria-labelledby="saved-cards" className="mt-6" data-testid="saved-cards">
      <h2 id="saved-cards" className="text-lg font-semibold">
        {t.heading}
      </h2>
      {offer.refusal ? (
        <p className="mt-2 rounded bg-stone-100 p-3 text-sm">{t.notForThisAmount}</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {offer.cards.map((card) => (
            <li key={card.id}>
              <form action={oneClickPayAction}>
                <input type="hidden" name="checkoutId" value={checkoutId} />
                <input type="hidden" name="cardId" value={card.id} />
                <SubmitButton pendingLabel={m.checkout.paying} className="w-full rounded bg-brand px-4 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
                  {fill(t.pay, { amount, card: card.masked ?? t.savedCard })}
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      {offer.cards.length > 0 && <p className="mt-2 text-sm text-stone-700">{t.hint}</p>}
    </section>
  );
}
