// The hosted checkout: order summary, then either the way to pay or the latest payment's status
// with what the shopper can do next.
import { cancelPaymentAction, startPaymentAction } from "@/app/(checkout)/checkout/actions";
import { LiveStatus } from "./live-status";
import { Countdown } from "./countdown";
import { QrPanel } from "./qr-panel";
import { SubmitButton } from "./submit-button";
import { fill, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";
import type { CheckoutPageData } from "@/lib/checkouts/page-data";
import { formatMoney } from "@/lib/payments/money";
import { maskedCard } from "@/lib/cards/link-card";
import type { SaveCardOffer } from "@/lib/cards/save-card-offer";
import { SaveCardFields } from "./save-card-fields";
import { SavedCards } from "./saved-cards";
import type { OneClickOffer } from "@/lib/cards/one-click-offer";
import { ShopperNameField } from "./shopper-name-field";
import { PaymentStatusSchema, type PaymentStatus } from "@/lib/payments/states";
import { waitingView } from "@/lib/checkouts/waiting-view";
import { OrderItems } from "../order-items";
import { storedItems } from "@/lib/checkouts/items";

const TONE: Record<PaymentStatus, string> = {
  CREATED: "bg-stone-100 text-stone-900",
  PENDING: "bg-amber-50 text-amber-900",
  IDENTIFIED: "bg-amber-50 text-amber-900",
  AUTHORIZED: "bg-sky-50 text-sky-900",
  PAID: "bg-green-50 text-green-900",
  FAILED: "bg-red-50 text-red-900",
  CANCELLED: "bg-stone-100 text-stone-900",
  EXPIRED: "bg-stone-100 text-stone-900",
  REVERSED: "bg-stone-100 text-stone-900",
};

const primary = "rounded bg-brand px-4 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
const secondary = "rounded border border-stone-400 bg-white px-4 py-3 font-medium text-stone-900 hover:bg-stone-100 disabled:opacity-60";

/**
 * "Try again": starts again through the merchant's route (lib/routing), as the first attempt did;
 * an attempt still open stays with its provider. Whether the card is to be saved is kept.
 */
function RetryForm({ checkoutId, m, tone, save, children }: { checkoutId: string; m: Messages; tone: string; save?: boolean; children: React.ReactNode }) {
  return (
    <form action={startPaymentAction}>
      <input type="hidden" name="checkoutId" value={checkoutId} />
      {save && <input type="hidden" name="save" value="on" />}
      <SubmitButton pendingLabel={m.checkout.paying} className={`${tone} w-full`}>
        {children}
      </SubmitButton>
    </form>
  );
}

/**
 * The one Bancontact choice. The merchant's route decides which provider serves: the shopper sees
 * Bancontact only. The primary action is the app (a QR code on a desktop, the app on a phone)
 * when the first in line has one, else the bank page; "pay on your bank's page" is the
 * alternative. "Save my card" (never pre-ticked) where the linking route accepts this payment.
 */
function BancontactChoice({ data, m, locale, offer, shopperName, nameError }: { data: CheckoutPageData; m: Messages; locale: Locale; offer: SaveCardOffer | null; shopperName: string; nameError: string | null }) {
  const { choice } = data;
  const t = m.checkout.choice;
  return (
    <section aria-labelledby="methods" className="mt-6" data-testid="bancontact-choice">
      <h2 id="methods" className="text-lg font-semibold">
        {m.checkout.chooseMethod}
      </h2>
      <form action={startPaymentAction} className="mt-3 rounded-lg border border-stone-200 bg-white p-4">
        <input type="hidden" name="checkoutId" value={data.checkout.id} />
        {/* No kept icon package carries the Bancontact mark (docs/routing.md): its name, as text. */}
        <h3 className="text-lg font-semibold" data-testid="bancontact-mark">
          {t.heading}
        </h3>
        <p className="mt-1 text-sm text-stone-700">{t.intro}</p>
        <div className="mt-3">
          {choice.naming.length > 0 && <ShopperNameField m={m} required={choice.nameRequired} value={shopperName} error={nameError} />}
          {offer && choice.save ? <SaveCardFields m={m} locale={locale} merchant={data.merchant.name} offer={offer} /> : null}
        </div>
        <div className="mt-3 flex flex-col gap-3">
          <SubmitButton name="how" value="app" pendingLabel={m.checkout.paying} className={`${primary} w-full`}>
            {choice.app ? m.checkout.qr.payWithApp : t.pay}
          </SubmitButton>
          {choice.app && choice.bankPage && (
            <SubmitButton name="how" value="bank" pendingLabel={m.checkout.paying} className={`${secondary} w-full`}>
              {t.bankPage}
            </SubmitButton>
          )}
        </div>
      </form>
    </section>
  );
}

type ViewProps = { data: CheckoutPageData; m: Messages; locale: Locale; mobile: boolean; error?: string; offer?: SaveCardOffer | null; shopperName?: string; oneClick?: OneClickOffer | null };

export function CheckoutView({ data, m, locale, mobile, error, offer = null, shopperName = "", oneClick = null }: ViewProps) {
  const { checkout, merchant, latest } = data;
  const status = latest ? PaymentStatusSchema.parse(latest.status) : null;
  const open = status === "CREATED" || status === "PENDING";
  const waiting = open || status === "IDENTIFIED" || status === "AUTHORIZED";
  const ended = status === "FAILED" || status === "CANCELLED" || status === "EXPIRED";
  const version = `${data.status}:${latest?.id ?? ""}:${latest?.status ?? ""}`;
  const errors = m.checkout.error;
  const errorText = !error ? null : error in errors ? errors[error as keyof typeof errors] : errors.generic;
  const nameError = error === "name_required" || error === "name_invalid" ? errorText : null;
  const view = latest && status ? waitingView({ ...latest, status }, mobile, checkout.expiresAt) : null;
  const qr = view?.qr ? latest : null;
  const statusText = view?.qr === "app" ? m.checkout.qr.waitingApp : view?.qr === "code" ? m.checkout.qr.waitingScan : status ? m.checkout.status[status] : "";
  const back = new URL(checkout.returnUrl);
  back.searchParams.set("checkout_id", checkout.id);
  const items = storedItems(checkout.items);

  return (
    <div className="mx-auto max-w-lg px-4 py-8">
      <h1 className="text-2xl font-bold">{fill(m.checkout.payTo, { merchant: merchant.name })}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-stone-200 bg-white p-4">
        <dt className="text-stone-700">{m.checkout.amount}</dt>
        <dd className="text-right text-lg font-semibold" data-testid="checkout-amount">
          {formatMoney(checkout.amount, "EUR", locale)}
        </dd>
        <dt className="text-stone-700">{m.checkout.description}</dt>
        <dd className="text-right">{checkout.description}</dd>
        <dt className="text-stone-700">{m.checkout.reference}</dt>
        <dd className="text-right font-mono text-sm">{checkout.merchantReference}</dd>
      </dl>
      {items && <OrderItems items={items} total={checkout.amount} locale={locale} labels={m.orderItems} />}

      {errorText && (
        <p role="alert" className="mt-4 rounded bg-red-50 p-3 text-red-900">
          {errorText}
        </p>
      )}

      {latest && status && (
        <section aria-labelledby="status-heading" className="mt-6">
          <h2 id="status-heading" className="text-lg font-semibold">
            {m.checkout.statusHeading}
          </h2>
          <p role="status" aria-live="polite" data-testid="payment-status" data-status={status} className={`mt-2 rounded p-4 ${TONE[status]}`}>
            {statusText}
          </p>
          {qr?.qrPayload && view && (
            <QrPanel
              checkoutId={checkout.id}
              payload={qr.qrPayload}
              deepLink={view.qr === "app" ? qr.deepLink : null}
              expiresAt={view.deadline?.toISOString() ?? null}
              mobile={mobile}
              labels={{ ...m.checkout.qr, qrLabel: fill(m.checkout.qr.qrLabel, { amount: formatMoney(checkout.amount, "EUR", locale), merchant: merchant.name }) }}
            />
          )}
          {view && !view.qr && (
            <div className="mt-4 flex flex-col items-center gap-2 text-center">
              {view.confirmInApp && (
                <p className="text-lg font-semibold" data-testid="confirm-in-app">
                  {m.checkout.qr.confirmInApp}
                </p>
              )}
              {view.deadline && <Countdown checkoutId={checkout.id} expiresAt={view.deadline.toISOString()} template={m.checkout.qr.expiresIn} />}
            </div>
          )}
          {waiting && <p className="mt-2 text-sm text-stone-700">{m.checkout.liveUpdates}</p>}
          {status === "PAID" && (
            <div className="mt-4 rounded-lg border border-stone-200 bg-white p-4" data-testid="receipt">
              <h3 className="font-semibold">{m.checkout.receipt}</h3>
              <p>{formatMoney(latest.capturedAmount || latest.amount, "EUR", locale)}</p>
              {latest.completedAt && (
                <p>{fill(m.checkout.paidAt, { time: formatDateTime(latest.completedAt, locale) })}</p>
              )}
              <p className="text-sm text-stone-700">
                {m.checkout.paymentId}: <span className="font-mono">{latest.id}</span>
              </p>
              {data.linkedCard && (
                <p className="mt-2" data-testid="linked-card">
                  {maskedCard(data.linkedCard)
                    ? fill(m.checkout.cardLinked, { card: maskedCard(data.linkedCard) ?? "", expiry: data.linkedCard.expiry })
                    : m.checkout.cardLinkedNoDetails}
                </p>
              )}
            </div>
          )}
        </section>
      )}

      {data.status === "PAID" ? (
        <p className="mt-6">
          <a href={back.toString()} className={`${primary} inline-block`}>
            {fill(m.checkout.backToMerchant, { merchant: merchant.name })}
          </a>
        </p>
      ) : data.status === "EXPIRED" && !waiting ? (
        <p className="mt-6 rounded bg-stone-100 p-4">{m.checkout.expired}</p>
      ) : view ? (
        <div className="mt-4 flex flex-col gap-3">
          {view.bankPage && (
            <a href={view.bankPage} className={`${primary} text-center`}>
              {qr ? m.checkout.bankPage : m.checkout.continueAtBank}
            </a>
          )}
          {view.retry && (
            <RetryForm checkoutId={checkout.id} m={m} tone={secondary} save={latest!.linkCard}>
              {m.checkout.retry}
            </RetryForm>
          )}
          <form action={cancelPaymentAction}>
            <input type="hidden" name="checkoutId" value={checkout.id} />
            <input type="hidden" name="paymentId" value={latest!.id} />
            <SubmitButton pendingLabel={m.checkout.cancel} className={`${secondary} w-full`}>
              {m.checkout.cancel}
            </SubmitButton>
          </form>
        </div>
      ) : waiting ? null : (
        <>
          {ended && latest && data.choice.route.length > 0 && (
            <div className="mt-4">
              <RetryForm checkoutId={checkout.id} m={m} tone={primary} save={latest.linkCard && data.choice.save}>
                {m.checkout.retry}
              </RetryForm>
            </div>
          )}
          {oneClick && <SavedCards checkoutId={checkout.id} offer={oneClick} amount={formatMoney(checkout.amount, "EUR", locale)} m={m} />}
          <BancontactChoice data={data} m={m} locale={locale} offer={offer} shopperName={shopperName} nameError={nameError} />
        </>
      )}

      {data.status !== "PAID" && (
        // Unpaid, the shopper can still go back to the merchant (the shop keeps their cart).
        <p className="mt-6">
          <a href={back.toString()} className="text-brand underline" data-testid="back-to-merchant">
            {fill(m.checkout.backToMerchant, { merchant: merchant.name })}
          </a>
        </p>
      )}

      {(waiting || data.status !== "PAID") && <LiveStatus checkoutId={checkout.id} version={version} />}
    </div>
  );
}
