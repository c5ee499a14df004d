// The TRANSACTION API calls we send, field by field in the order of the seed's examples.
import type { StartPaymentInput } from "../types";
import type { TransactionRequest, WipTransactionRequest } from "./schemas";

export type PproLegacyConfig = {
  apiUrl: string;
  login: string;
  password: string;
  contractId: string;
  channel: string;
  /** Where PPRO posts its notifications (our webhook route). */
  notificationUrl: string;
};

export type ChargeLinkedCardInput = {
  token: string;
  amount: number;
  merchantTxId: string;
  initiation: "consumer" | "merchant";
  description: string;
  /** Seed 002's WIP example carries it too, though nobody is sent there: a WIP payment is synchronous. */
  redirectUrl: string;
  /** The cardholder's full name as they gave it; left out when we have none. */
  accountHolderName: string | null;
};

const credentials = (c: PproLegacyConfig) => ({ login: c.login, password: c.password, contractid: c.contractId, channel: c.channel });

/**
 * The seed does not say how long specin.dynamicdescriptor may be; it ends up in the SEPA remittance
 * information, which holds 140 characters, so longer ones are cut there rather than refused.
 */
export function descriptor(description: string): string | undefined {
  const d = description.trim().replace(/\s+/g, " ").slice(0, 140);
  return d === "" ? undefined : d;
}

export function transactionRequest(config: PproLegacyConfig, input: StartPaymentInput): TransactionRequest {
  return {
    tag: "bcmc",
    txtype: "TRANSACTION",
    countrycode: "BE",
    currency: "EUR",
    amount: String(input.amount),
    merchanttxid: input.paymentId,
    ...credentials(config),
    merchantredirecturl: input.returnUrl,
    notificationurl: config.notificationUrl,
    "specin.dynamicdescriptor": descriptor(input.description),
    "specin.linkcard": input.linkCard ? "wiplinkandpay" : undefined,
    // Seed 002's examples carry the account holder's real name ("Tester Doe"): the shopper's own.
    accountholdername: input.shopperName,
    returnmode: "urlencodeext",
  };
}

/** Field for field seed 002's "subsequent one-click payment" example. */
export function wipTransactionRequest(config: PproLegacyConfig, input: ChargeLinkedCardInput): WipTransactionRequest {
  return {
    tag: "bancontactwip",
    txtype: "TRANSACTION",
    countrycode: "BE",
    currency: "EUR",
    amount: String(input.amount),
    merchanttxid: input.merchantTxId,
    ...credentials(config),
    merchantredirecturl: input.redirectUrl,
    notificationurl: config.notificationUrl,
    "specin.dynamicdescriptor": descriptor(input.description),
    "specin.cardtoken": input.token,
    "specin.initiation": input.initiation,
    accountholdername: input.accountHolderName?.trim() || undefined,
    returnmode: "urlencodeext",
  };
}

export function txidRequest(config: PproLegacyConfig, txtype: "GETTXSTATUS" | "CANCELTX", txid: string) {
  return { txtype, txid, ...credentials(config), returnmode: "urlencodeext" };
}

/** merchantrefundid carries our idempotency key, so a retried refund is recognised, not paid twice. */
export function refundRequest(config: PproLegacyConfig, input: { txid: string; amount: number; merchantRefundId: string }) {
  return {
    txtype: "REFUND",
    txid: input.txid,
    amount: String(input.amount),
    currency: "EUR",
    merchantrefundid: input.merchantRefundId,
    ...credentials(config),
    returnmode: "urlencodeext",
  };
}
