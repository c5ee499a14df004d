"use client";
// The Bancontact app payment: a QR code drawn by the page from the payment's payload on a
// desktop; on a phone, a button into the app with the QR code as a fallback.
import { QRCodeSVG } from "qrcode.react";
import { Countdown } from "./countdown";

type Props = {
  checkoutId: string;
  payload: string;
  deepLink: string | null;
  expiresAt: string | null;
  mobile: boolean;
  labels: { scanPrompt: string; qrLabel: string; openApp: string; showQr: string; expiresIn: string };
};

function Qr({ payload, label }: { payload: string; label: string }) {
  return (
    <div className="inline-block rounded-lg bg-white p-4 shadow-sm">
      <QRCodeSVG value={payload} size={264} level="M" marginSize={2} title={label} role="img" aria-label={label} data-testid="qr-code" data-payload={payload} />
    </div>
  );
}

export function QrPanel({ checkoutId, payload, deepLink, expiresAt, mobile, labels }: Props) {
  return (
    <div className="mt-4 flex flex-col items-center gap-3 text-center">
      {mobile && deepLink ? (
        <>
          <a href={deepLink} className="w-full rounded bg-brand px-4 py-4 text-lg font-semibold text-white hover:bg-brand-dark" data-testid="open-app">
            {labels.openApp}
          </a>
          <details className="w-full">
            <summary className="cursor-pointer py-2 text-brand underline">{labels.showQr}</summary>
            <Qr payload={payload} label={labels.qrLabel} />
          </details>
        </>
      ) : (
        <>
          <p className="font-medium">{labels.scanPrompt}</p>
          <Qr payload={payload} label={labels.qrLabel} />
        </>
      )}
      {expiresAt && <Countdown checkoutId={checkoutId} expiresAt={expiresAt} template={labels.expiresIn} />}
    </div>
  );
}
