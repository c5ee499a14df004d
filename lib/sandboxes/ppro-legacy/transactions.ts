// The PPRO legacy sandbox's TRANSACTION call: a Bancontact payment the shopper authorises on the bank
// page or in the app (tag bcmc, optionally linking the card), or a synchronous Wallet Initiated
// Payment on a linked card (tag bancontactwip). Also how a transaction is reported back.
import { randomBytes, randomInt } from "node:crypto";
import { env } from "../../env";
import { daysBetween, findToken, findTxByMerchantTxId, insertTx, sandboxNow, saveToken } from "./store";
import { firstProblem, invalid, missing, refused, TransactionFieldsSchema, type Fields, type TxData } from "./wire";

/** Scheme maximum for WIP (seed 002: EUR 500). */
const WIP_MAX = 50_000;
/** Magic amount: a WIP charge of exactly EUR 404.00 is declined by the issuer (STATUS=FAILED). */
export const WIP_DECLINE_AMOUNT = 40_400;
const TOKEN_LIFETIME_DAYS = 365;
const SANDBOX_BIC = "GKCCBEBB";
const SANDBOX_IBAN = "BE12561483558692";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export const randomCode = (n: number) => Array.from(randomBytes(n), (b) => ALNUM[b % ALNUM.length]).join("");
export const bankPageUrl = (txid: string) => `${env().appUrl}/sandbox/ppro-legacy/pay/${txid}`;
export const bepUrl = (tx: TxData) => `BEP://1BC.SANDBOX.LOCAL/BCMC/${tx.txid}$${tx.bepSecret}`;
const yymm = (expiry: string) => expiry.slice(2, 4) + expiry.slice(5, 7);

/** A transaction as TRANSACTION, GETTXSTATUS and CANCELTX report it (seed's field order, then ours). */
export async function txAnswer(tx: TxData): Promise<Fields> {
  const paid = tx.status === "SUCCEEDED";
  const card = paid && tx.cardToken ? await findToken(tx.cardToken) : null;
  const bcmc = tx.tag === "bcmc";
  return {
    REQUESTSTATUS: "SUCCEEDED",
    STATUS: tx.status,
    TXID: tx.txid,
    ERRMSG: tx.errmsg ?? "",
    CHANNEL: tx.channel,
    TAG: tx.tag,
    MERCHANTTXID: tx.merchantTxId,
    AMOUNT: String(tx.amount),
    CURRENCY: tx.currency,
    REDIRECTSECRET: tx.redirectSecret,
    REDIRECTURL: bcmc && tx.status === "PENDING" ? bankPageUrl(tx.txid) : undefined,
    "SPECOUT.BEPURL": bcmc ? bepUrl(tx) : undefined,
    // Link and pay reports the new card in full; a WIP charge only its expiry, as YYMM (seed 002).
    "SPECOUT.CARDBIN": bcmc ? card?.bin : undefined,
    "SPECOUT.CARDEXPIRY": card ? (bcmc ? card.expiry : yymm(card.expiry)) : undefined,
    "SPECOUT.CARDLAST4DIGITS": bcmc ? card?.last4 : undefined,
    "SPECOUT.CARDTOKEN": bcmc ? card?.token : undefined,
    "SPECOUT.PAYMENTPURPOSE": paid ? tx.paymentPurpose : undefined,
    "SPECOUT.SRCBIC": paid ? SANDBOX_BIC : undefined,
    "SPECOUT.SRCCOUNTRY": "BE",
    "SPECOUT.SRCIBAN": paid ? SANDBOX_IBAN : undefined,
    "SPECOUT.TRANSACTIONFLOW": bcmc && paid ? "ecommerce" : undefined,
  };
}

async function insertWithNewTxid(base: Omit<TxData, "txid">): Promise<TxData> {
  for (let i = 0; i < 5; i++) {
    const tx: TxData = { ...base, txid: String(randomInt(100_000_000, 1_000_000_000)) };
    if (await insertTx(tx)) return tx;
  }
  throw new Error("no free TXID after five draws");
}

export async function startTransaction(fields: Record<string, string>, channel: string): Promise<Fields> {
  const parsed = TransactionFieldsSchema.safeParse(fields);
  if (!parsed.success) return firstProblem(parsed.error, fields);
  const f = parsed.data;
  const wip = f.tag === "bancontactwip";
  // Every TRANSACTION carries it, the WIP one too (seed 002's examples), though a WIP payment
  // sends nobody there.
  if (!f.merchantredirecturl) return missing("merchantredirecturl");
  if (!wip && f["specin.cardtoken"] !== undefined) return invalid("specin.cardtoken", "only with tag bancontactwip");
  if (wip && f.amount > WIP_MAX) return invalid("amount", `at most ${WIP_MAX} (EUR 500.00) for Bancontact WIP`);
  if (wip && !f["specin.cardtoken"]) return missing("specin.cardtoken");
  if (wip && !f["specin.initiation"]) return missing("specin.initiation");
  if (wip && f["specin.linkcard"]) return invalid("specin.linkcard", "a WIP transaction cannot link a card");

  // The same merchanttxid again (a retry after a lost answer) gets the first transaction back;
  // used for anything else it is refused. The seed is silent; this keeps a retry from paying twice.
  const prior = await findTxByMerchantTxId(f.merchanttxid);
  if (prior) return prior.tag === f.tag && prior.amount === f.amount ? txAnswer(prior) : invalid("merchanttxid", "already used for another transaction");

  const now = await sandboxNow();
  const base = {
    tag: f.tag,
    amount: f.amount,
    currency: "EUR" as const,
    merchantTxId: f.merchanttxid,
    channel,
    merchantRedirectUrl: f.merchantredirecturl ?? null,
    notificationUrl: f.notificationurl ?? null,
    descriptor: f["specin.dynamicdescriptor"] ?? null,
    accountHolderName: f.accountholdername ?? null,
    linkCard: f["specin.linkcard"] === "wiplinkandpay",
    redirectSecret: randomBytes(24).toString("base64url").slice(0, 32),
    bepSecret: randomCode(24),
    paymentPurpose: randomCode(7),
    initiation: f["specin.initiation"] ?? null,
    createdAt: now.toISOString(),
  };
  if (!wip) return txAnswer(await insertWithNewTxid({ ...base, status: "PENDING", cardToken: null, errmsg: null }));

  const tokenValue = f["specin.cardtoken"] ?? "";
  const token = await findToken(tokenValue);
  // "Only the same merchant can perform a WIP transaction using a previously linked card."
  if (!token || token.channel !== channel) return invalid("specin.cardtoken", "unknown card token");
  if (daysBetween(new Date(token.lastSuccessAt), now) > TOKEN_LIFETIME_DAYS) {
    // Worded as PPRO words its parameter refusals, not as our client once expected it.
    return refused("Parameter specin.cardtoken refused: no successful payment with this card within 365 days; wallet initiated payments are no longer possible");
  }
  const declined = f.amount === WIP_DECLINE_AMOUNT;
  const tx = await insertWithNewTxid({
    ...base,
    status: declined ? "FAILED" : "SUCCEEDED",
    cardToken: tokenValue,
    errmsg: declined ? "Declined by the card issuer" : null,
  });
  if (!declined) await saveToken({ ...token, lastSuccessAt: now.toISOString() });
  // Synchronous: no redirect and, in the healthy case, no notification (seed 002).
  return txAnswer(tx);
}
