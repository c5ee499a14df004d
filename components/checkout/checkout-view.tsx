// The hosted checkout: order summary, then either the way to pay or the latest payment's status
// with what the shopper can do next.
import { cancelPaymentAction, startPaymentAction } from "@/app/(checkout)/checkout/actions";
import { LiveStatus } from "./live-status";
import { QrPanel } from "./qr-panel";
import { SubmitButton } from "./submit-button";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";
import type { CheckoutPageData } from "@/lib/checkouts/page-data";
import { formatMoney } from "@/lib/payments/money";
import { PROVIDER_NAMES, type ProviderId } from "@/lib/payments/providers";
import { maskedCard } from "@/lib/cards/link-card";
import { canLinkCards } from "@/lib/cards/linking-providers";
import type { SaveCardOffer } from "@/lib/cards/save-card-offer";
import { SaveCardFields } from "./save-card-fields";
import { SavedCards } from "./saved-cards";
import type { OneClickOffer } from "@/lib/cards/one-click-offer";
import { ShopperNameField } from "./shopper-name-field";
import { needsShopperName } from "@/lib/shopper/name";
import { PaymentStatusSchema, type PaymentStatus } from "@/lib/payments/states";
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

/** One button that restarts a payment with a provider (the name, if it needs one, is on the checkout). */
type StartProps = { checkoutId: string; provider: string; m: Messages; tone: string; save?: boolean; children: React.ReactNode };

function StartForm({ checkoutId, provider, m, tone, save, children }: StartProps) {
  return (
    <form action={startPaymentAction}>
      <input type="hidden" name="checkoutId" value={checkoutId} />
      <input type="hidden" name="provider" value={provider} />
      {save && <input type="hidden" name="save" value="on" />}
      <SubmitButton pendingLabel={m.checkout.paying} className={`${tone} w-full`}>
        {children}
      </SubmitButton>
    </form>
  );
}

function payLabel(p: ProviderId, m: Messages): string {
  return p === "bancontact" ? m.checkout.qr.payWithApp : fill(m.checkout.payWith, { provider: PROVIDER_NAMES[p] });
}

/**
 * One form, one button per provider (the button clicked names the provider), so the shopper's name
 * is typed once whichever provider asks for it. Those that can link a card offer "save my card",
 * never pre-ticked.
 */
function PayButtons({ data, m, locale, offer, shopperName, nameError }: { data: CheckoutPageData; m: Messages; locale: Locale; offer: SaveCardOffer | null; shopperName: string; nameError: string | null }) {
  const naming = data.providers.filter(needsShopperName);
  return (
    <section aria-labelledby="methods" className="mt-6">
      <h2 id="methods" className="text-lg font-semibold">
        {m.checkout.chooseMethod}
      </h2>
      <form action={startPaymentAction} className="mt-3">
        <input type="hidden" name="checkoutId" value={data.checkout.id} />
        {naming.length > 0 && <ShopperNameField m={m} providers={naming} value={shopperName} error={nameError} />}
        <div className="flex flex-col gap-3">
          {data.providers.map((p) => (
            <div key={p}>
              {offer && canLinkCards(p) && data.linkable.includes(p) ? <SaveCardFields provider={p} m={m} locale={locale} merchant={data.merchant.name} offer={offer} /> : null}
              <SubmitButton name="provider" value={p} formNoValidate={!needsShopperName(p)} pendingLabel={m.checkout.paying} className={`${primary} w-full`}>
                {payLabel(p, m)}
              </SubmitButton>
            </div>
          ))}
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
  const qr = latest?.qrPayload && (open || status === "IDENTIFIED") ? latest : null;
  const statusText = qr && status === "PENDING" ? (mobile ? m.checkout.qr.waitingApp : m.checkout.qr.waitingScan) : status ? m.checkout.status[status] : "";
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
          {qr?.qrPayload && (
            <QrPanel
              checkoutId={checkout.id}
              payload={qr.qrPayload}
              deepLink={qr.deepLink}
              expiresAt={qr.expiresAt?.toISOString() ?? null}
              mobile={mobile}
              labels={{ ...m.checkout.qr, qrLabel: fill(m.checkout.qr.qrLabel, { amount: formatMoney(checkout.amount, "EUR", locale), merchant: merchant.name }) }}
            />
          )}
          {waiting && <p className="mt-2 text-sm text-stone-700">{m.checkout.liveUpdates}</p>}
          {status === "PAID" && (
            <div className="mt-4 rounded-lg border border-stone-200 bg-white p-4" data-testid="receipt">
              <h3 className="font-semibold">{m.checkout.receipt}</h3>
              <p>{formatMoney(latest.capturedAmount || latest.amount, "EUR", locale)}</p>
              {latest.completedAt && (
                <p>{fill(m.checkout.paidAt, { time: latest.completedAt.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Brussels" }) })}</p>
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
      ) : open || (qr && status === "IDENTIFIED") ? (
        <div className="mt-4 flex flex-col gap-3">
          {latest?.actionUrl && (
            <a href={latest.actionUrl} className={`${primary} text-center`}>
              {qr ? m.checkout.bankPage : m.checkout.continueAtBank}
            </a>
          )}
          {!qr && (
            <StartForm checkoutId={checkout.id} provider={latest!.provider} m={m} tone={secondary} save={latest!.linkCard}>
              {m.checkout.retry}
            </StartForm>
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
          {ended && latest && data.providers.includes(latest.provider as (typeof data.providers)[number]) && (
            <div className="mt-4">
              <StartForm checkoutId={checkout.id} provider={latest.provider} m={m} tone={primary} save={latest.linkCard}>
                {m.checkout.retry}
              </StartForm>
            </div>
          )}
          {oneClick && <SavedCards checkoutId={checkout.id} offer={oneClick} amount={formatMoney(checkout.amount, "EUR", locale)} m={m} />}
          <PayButtons data={data} m={m} locale={locale} offer={offer} shopperName={shopperName} nameError={nameError} />
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
