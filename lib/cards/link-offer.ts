// What the cards page offers for adding (or re-linking) a card with a merchant: its current
// terms, the provider that links, the verification payment, and whether the cardholder already
// accepted these terms. A merchant offers it only with terms and a provider that can link.
import type { Db } from "../db/client";
import type { ProviderId } from "../payments/providers";
import { linkingProviderOf } from "./linking-settings";
import { currentAcceptance, currentTerms } from "./terms";

export type LinkOffer = {
  merchantId: string;
  merchant: string;
  provider: ProviderId;
  amount: number;
  terms: { id: string; version: number; text: string };
  acceptedAt: Date | null;
};

type MerchantRow = { id: string; name: string; linkingRoute: string[]; wipMaxAmount: number | null; verificationAmount: number };

async function offerOf(db: Db, cardholderId: string, m: MerchantRow, available: readonly ProviderId[]): Promise<LinkOffer | null> {
  const provider = linkingProviderOf(m, available);
  const terms = provider ? await currentTerms(db, m.id) : null;
  if (!provider || !terms) return null;
  return {
    merchantId: m.id,
    merchant: m.name,
    provider,
    amount: m.verificationAmount,
    terms: { id: terms.id, version: terms.version, text: terms.text },
    acceptedAt: await currentAcceptance(db, cardholderId, m.id),
  };
}

const MERCHANT = { id: true, name: true, linkingRoute: true, wipMaxAmount: true, verificationAmount: true } as const;

/** Every merchant a cardholder can add a card with (in practice, the one this install serves). */
export async function linkOffers(db: Db, cardholderId: string, available: readonly ProviderId[]): Promise<LinkOffer[]> {
  const merchants = await db.merchant.findMany({ where: { id: { in: (await db.wipTerms.findMany({ distinct: ["merchantId"], select: { merchantId: true } })).map((t) => t.merchantId) } }, orderBy: { name: "asc" }, select: MERCHANT });
  const offers = await Promise.all(merchants.map((m) => offerOf(db, cardholderId, m, available)));
  return offers.filter((o): o is LinkOffer => o !== null);
}

export async function linkOfferFor(db: Db, cardholderId: string, merchantId: string, available: readonly ProviderId[]): Promise<LinkOffer | null> {
  const m = await db.merchant.findUnique({ where: { id: merchantId }, select: MERCHANT });
  return m ? offerOf(db, cardholderId, m, available) : null;
}
