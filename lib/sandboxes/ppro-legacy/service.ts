// The PPRO legacy sandbox's TRANSACTION API endpoint: credentials, then one of TRANSACTION,
// GETTXSTATUS, CANCELTX and REFUND. Every answer is HTTP 200, url-encoded; refusals carry
// REQUESTSTATUS=FAILED and ERRMSG, as PPRO's gateway answers.
import { sameSecret } from "../http-common";
import { env } from "../../env";
import { priorRefund, recordRefund, refundsOf } from "../refunds";
import { cancelTx } from "./bank";
import { findTx, PROVIDER } from "./store";
import { startTransaction, txAnswer } from "./transactions";
import { encodeAnswer, invalid, missing, readRequest, refused, type Fields } from "./wire";

const CREDENTIALS = ["login", "password", "contractid", "channel"] as const;

function authenticated(f: Record<string, string>): boolean {
  const s = env().sandbox;
  const expected = { login: s.pproLegacyLogin, password: s.pproLegacyPassword, contractid: s.pproLegacyContractId, channel: s.pproLegacyChannel };
  // Every field compared, whichever fails first.
  return CREDENTIALS.map((k) => sameSecret(f[k] ?? "", expected[k])).every(Boolean);
}

async function status(f: Record<string, string>): Promise<Fields> {
  if (!f.txid) return missing("txid");
  const tx = await findTx(f.txid);
  return tx ? txAnswer(tx.data) : invalid("txid", "unknown transaction");
}

async function cancel(f: Record<string, string>): Promise<Fields> {
  if (!f.txid) return missing("txid");
  const r = await cancelTx(f.txid);
  if (r.ok) return txAnswer(r.tx);
  return r.reason === "unknown" ? invalid("txid", "unknown transaction") : refused(`Transaction cannot be cancelled in status ${r.status ?? "unknown"}`);
}

/** Full, partial and multiple partial refunds up to the amount paid (seed 002). */
async function refund(f: Record<string, string>): Promise<Fields> {
  if (!f.txid) return missing("txid");
  if (f.amount === undefined) return missing("amount");
  if (!/^\d+$/.test(f.amount) || Number(f.amount) < 1) return invalid("amount", "must be at least 1 (EUR 0.01)");
  if (f.currency !== undefined && f.currency !== "EUR") return invalid("currency", "currency not supported, use EUR");
  const amount = Number(f.amount);
  const tx = await findTx(f.txid);
  if (!tx) return invalid("txid", "unknown transaction");
  const answer = (r: { id: string; amount: number }): Fields => ({
    REQUESTSTATUS: "SUCCEEDED",
    STATUS: "SUCCEEDED",
    TXID: f.txid,
    REFUNDTXID: r.id,
    AMOUNT: String(r.amount),
    CURRENCY: "EUR",
    ERRMSG: "",
  });
  // merchantrefundid makes a retried refund return the first one; the key is ours to scope.
  const key = f.merchantrefundid ? `${PROVIDER}:${f.merchantrefundid}` : null;
  const prior = await priorRefund(key);
  if (prior) return prior.paymentRef === f.txid && prior.amount === amount ? answer(prior) : invalid("merchantrefundid", "already used for another refund");
  if (tx.data.status !== "SUCCEEDED") return refused(`Transaction cannot be refunded in status ${tx.data.status}`);
  const refunded = (await refundsOf(PROVIDER, f.txid)).reduce((sum, r) => sum + r.amount, 0);
  if (refunded + amount > tx.data.amount) return invalid("amount", `exceeds the refundable amount of ${tx.data.amount - refunded}`);
  return answer(await recordRefund(PROVIDER, "R", f.txid, amount, key));
}

async function dispatch(body: string): Promise<Fields> {
  const { fields: f, repeated } = readRequest(body);
  if (repeated) return invalid(repeated, "given more than once");
  for (const k of CREDENTIALS) if (!f[k]) return missing(k);
  if (!authenticated(f)) return refused("Authentication failed: login, password, contractid or channel not valid");
  if (f.returnmode === undefined) return missing("returnmode");
  if (f.returnmode !== "urlencodeext") return invalid("returnmode", "must be urlencodeext");
  switch (f.txtype) {
    case undefined:
      return missing("txtype");
    case "TRANSACTION":
      return startTransaction(f, f.channel ?? "");
    case "GETTXSTATUS":
      return status(f);
    case "CANCELTX":
      return cancel(f);
    case "REFUND":
      return refund(f);
    default:
      return invalid("txtype", "unknown transaction type");
  }
}

/** The endpoint's answer to one url-encoded request body. */
export async function handleTransactionApi(body: string): Promise<string> {
  return encodeAnswer(await dispatch(body));
}

export { advanceClock, resetClock, clockOffsetDays, recentTxs, recentTokens, findTx, sandboxNow } from "./store";
export { decide, type BankOutcome } from "./bank";
