// The Bancontact app link for a TRANSACTION API payment. Seed 002's answer carries only
// SPECOUT.BEPURL (the QR code's BEP:// payload), no intent of its own. The Bancontact app is
// opened on a phone by the same payload behind its bepgenapp:// scheme: PPRO's agreements API
// gives both forms for one payment (seed 001: codePayload "BEP://X", mobileIntentUri
// "bepgenapp://DoTx?TransId=X"), and that is the rule applied here.
export function appLinkOf(bepUrl: string): string | null {
  const m = /^BEP:\/\/(.+)$/i.exec(bepUrl.trim());
  return m ? `bepgenapp://DoTx?TransId=${m[1]}` : null;
}
