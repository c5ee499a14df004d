// On the cards page: a merchant changed its terms for saved cards, and the cardholder has not
// accepted the new version. Until they do, that merchant cannot start charges on their cards;
// the text is one click away, accepting is one more.
import { acceptTermsAction } from "@/app/(account)/account/cards/actions";
import type { TermsToAccept } from "@/lib/cards/terms-to-accept";
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/en";

export function TermsPrompt({ prompt, m }: { prompt: TermsToAccept; m: Messages }) {
  const t = m.cards.newTerms;
  const id = `terms-${prompt.merchantId}`;
  return (
    <section aria-labelledby={id} className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="terms-prompt">
      <h2 id={id} className="font-semibold">
        {fill(prompt.previouslyAccepted ? t.changed : t.notYet, { merchant: prompt.merchant, version: prompt.terms.version })}
      </h2>
      <p className="mt-1 text-sm">{fill(t.why, { merchant: prompt.merchant })}</p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand underline">{fill(t.read, { merchant: prompt.merchant, version: prompt.terms.version })}</summary>
        <p className="mt-1 max-h-64 overflow-y-auto whitespace-pre-line rounded bg-white p-2" data-testid="new-terms-text">
          {prompt.terms.text}
        </p>
      </details>
      <form action={acceptTermsAction} className="mt-3">
        <input type="hidden" name="merchantId" value={prompt.merchantId} />
        <input type="hidden" name="termsId" value={prompt.terms.id} />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {fill(t.accept, { merchant: prompt.merchant, version: prompt.terms.version })}
        </button>
      </form>
    </section>
  );
}
