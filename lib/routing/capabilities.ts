// What each provider can show the shopper, as their clients map it (lib/providers/*/client.ts):
// a QR code for the Bancontact app (with an app link on a phone), a bank page, or both. The
// checkout's one Bancontact choice uses this to pick who serves "the app" and "the bank page".
import type { ProviderId } from "../payments/providers";

type Ways = { qr: boolean; bankPage: boolean };

const WAYS: Record<ProviderId, Ways> = {
  // Payment API v3: a QR code and a deep link, no page of its own.
  bancontact: { qr: true, bankPage: false },
  // Payment agreements: SCAN_CODE and APP_INTENT, and a REDIRECT to PPRO's page.
  ppro: { qr: true, bankPage: true },
  // TRANSACTION API: SPECOUT.BEPURL and REDIRECTURL.
  "ppro-legacy": { qr: true, bankPage: true },
  wooshpay: { qr: false, bankPage: true },
  worldpay: { qr: false, bankPage: true },
};

export const offersQr = (p: ProviderId): boolean => WAYS[p].qr;
export const offersBankPage = (p: ProviderId): boolean => WAYS[p].bankPage;
