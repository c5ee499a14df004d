// A charge on the cardholder's linked card: what it is, and while the issuer waits for them, the
// three ways to confirm it (QR code, the Bancontact app, the bank's page); the live status keeps
// the page current until the final result.
import Link from "next/link";
import { LiveStatus } from "@/components/checkout/live-status";
import { QrPanel } from "@/components/checkout/qr-panel";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/payments/money";
import type { ChargePage } from "@/lib/notifications/charge-page";
import { cardLabel } from "@/lib/notifications/mails";
import type { NotificationTexts } from "@/lib/notifications/texts";

type Props = { charge: ChargePage; t: NotificationTexts; statusLabel: string; expiresIn: string; locale: Locale; mobile: boolean };

export function WaitingCharge({ charge, t, statusLabel, expiresIn, locale, mobile }: Props) {
  const a = charge.action;
  const final = charge.status === "PAID" ? t.paid : charge.status === "PENDING" || charge.status === "CREATED" ? null : t.failed;
  return (
    <section aria-labelledby="charge-heading" className="mt-4 rounded-lg bg-white p-6 shadow-sm">
      <h1 id="charge-heading" className="text-2xl font-bold">{t.pageTitle}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t.merchant}</dt>
        <dd data-testid="charge-merchant">{charge.merchant}</dd>
        <dt className="font-medium">{t.amount}</dt>
        <dd data-testid="charge-amount">{formatMoney(charge.amount, "EUR", locale)}</dd>
        <dt className="font-medium">{t.description}</dt>
        <dd>{charge.description}</dd>
        <dt className="font-medium">{t.card}</dt>
        <dd>{cardLabel(charge.card, locale)}</dd>
      </dl>
      <p className="mt-4 font-semibold" role="status" data-testid="charge-status">
        {final ?? (a ? t.waiting : statusLabel)}
      </p>
      {a && (
        <>
          <p className="mt-2">{fill(t.intro, { merchant: charge.merchant })}</p>
          {a.qrPayload && (
            <QrPanel
              checkoutId={charge.checkoutId}
              payload={a.qrPayload}
              deepLink={a.deepLink}
              expiresAt={a.expiresAt}
              mobile={mobile}
              labels={{ scanPrompt: t.scanPrompt, qrLabel: t.qrLabel, openApp: t.openApp, showQr: t.showQr, expiresIn }}
            />
          )}
          <ul className="mt-4 flex flex-col gap-2">
            {!mobile && a.deepLink && (
              <li>
                <a href={a.deepLink} className="text-brand underline" data-testid="open-app-link">
                  {t.openApp}
                </a>
              </li>
            )}
            {a.bankUrl && (
              <li>
                <a href={a.bankUrl} className="text-brand underline" data-testid="bank-page">
                  {t.bankPage}
                </a>
              </li>
            )}
          </ul>
        </>
      )}
      <p className="mt-6">
        <Link href="/account/cards" className="text-brand underline">
          {t.cardsLink}
        </Link>
      </p>
      {!final && <LiveStatus checkoutId={charge.checkoutId} version={charge.liveVersion} />}
    </section>
  );
}
