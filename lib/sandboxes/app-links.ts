// Which sandbox page plays the Bancontact app for a payload: the app simulator opens any of the
// sandboxes' QR payloads and deep links (https links, BEP:// codes, bepgenapp:// intents).
const ROUTES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\/sandbox\/bancontact\/app\/pay\/2\/([A-Za-z0-9]{24})/, (m) => `/sandbox/bancontact/app/pay/2/${m[1]}`],
  // PPRO payment agreements: BEP://…/BEP/LA/<id>/… or bepgenapp://DoTx?TransId=…/BEP/LA/<id>/…
  [/\/BEP\/LA\/([A-Za-z0-9_]+)/i, (m) => `/sandbox/ppro/app/${m[1]}`],
  // PPRO TRANSACTION API: BEP://…/BCMC/<txid>$<secret>
  [/\/BCMC\/(\d+)\$/i, (m) => `/sandbox/ppro-legacy/app/${m[1]}`],
];

export function appPageFor(payload: string): string | null {
  for (const [re, to] of ROUTES) {
    const m = re.exec(payload);
    if (m) return to(m);
  }
  return null;
}
