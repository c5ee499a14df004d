// A merchant's terms for linked cards: versions written by its staff, acceptances by
// cardholders. "Has this cardholder accepted this merchant's current terms" is asked before a card
// is linked (and, later, before any merchant-initiated charge).
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { acceptedCurrent, decideTermsSave, type TermsVersion } from "./terms-rules";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function currentTerms(db: Db | Tx, merchantId: string): Promise<(TermsVersion & { createdAt: Date }) | null> {
  return db.wipTerms.findFirst({ where: { merchantId }, orderBy: { version: "desc" }, select: { id: true, version: true, text: true, createdAt: true } });
}

/** Saves the text as the next version (a version is never edited). Two saves at once: one wins, the other is told. */
export async function saveTerms(db: Db, merchantId: string, staffId: string, text: string): Promise<{ version: number; created: boolean }> {
  const current = await currentTerms(db, merchantId);
  const decision = decideTermsSave(current, text);
  if (decision.kind === "unchanged") return { version: decision.version, created: false };
  try {
    await db.wipTerms.create({ data: { id: newId("wtm"), merchantId, version: decision.version, text, createdBy: staffId } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", "the terms were changed meanwhile: reload and try again", [{ field: "text", message: "changed meanwhile" }]);
    throw error;
  }
  return { version: decision.version, created: true };
}

export async function hasAcceptedCurrentTerms(db: Db | Tx, cardholderId: string, merchantId: string): Promise<boolean> {
  const current = await currentTerms(db, merchantId);
  if (!current) return false;
  const accepted = await db.termsAcceptance.findMany({ where: { cardholderId, termsId: current.id }, select: { termsId: true } });
  return acceptedCurrent(current, accepted.map((a) => a.termsId));
}

/** When the cardholder accepted the merchant's current terms, or null. */
export async function currentAcceptance(db: Db, cardholderId: string, merchantId: string): Promise<Date | null> {
  const current = await currentTerms(db, merchantId);
  if (!current) return null;
  const a = await db.termsAcceptance.findUnique({ where: { cardholderId_termsId: { cardholderId, termsId: current.id } } });
  return a?.acceptedAt ?? null;
}

/**
 * Records that the cardholder accepted version `termsId`, from session `sessionHash`. Only the
 * current version can be accepted: terms that changed since the page was shown are shown again.
 */
export async function acceptTerms(db: Db, input: { cardholderId: string; merchantId: string; termsId: string; sessionHash: string }): Promise<void> {
  const current = await currentTerms(db, input.merchantId);
  if (!current || current.id !== input.termsId) {
    throw new AppError("invalid_request", "the merchant's terms changed: read and accept them again", [{ field: "acceptTerms", message: "must accept the current terms" }]);
  }
  await db.termsAcceptance.upsert({
    where: { cardholderId_termsId: { cardholderId: input.cardholderId, termsId: input.termsId } },
    create: { id: newId("tac"), cardholderId: input.cardholderId, merchantId: input.merchantId, termsId: input.termsId, sessionHash: input.sessionHash },
    update: {},
  });
}

/** At checkout: the cardholder accepts the terms of the merchant the checkout is for. */
export async function acceptTermsAtCheckout(db: Db, input: { checkoutId: string; cardholderId: string; termsId: string; sessionHash: string | null }): Promise<void> {
  if (!input.sessionHash) throw new AppError("invalid_request", "sign in again to accept the terms", [{ field: "acceptTerms", message: "needs a current sign-in" }]);
  const { merchantId } = await db.checkout.findUniqueOrThrow({ where: { id: input.checkoutId }, select: { merchantId: true } });
  await acceptTerms(db, { cardholderId: input.cardholderId, merchantId, termsId: input.termsId, sessionHash: input.sessionHash });
}

/** Every version of a merchant's terms, newest first, with how many cardholders accepted each. */
export async function termsVersions(db: Db, merchantId: string) {
  const rows = await db.wipTerms.findMany({ where: { merchantId }, orderBy: { version: "desc" }, include: { _count: { select: { acceptances: true } } } });
  return rows.map((r) => ({ id: r.id, version: r.version, text: r.text, createdAt: r.createdAt, acceptances: r._count.acceptances }));
}
