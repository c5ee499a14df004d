// The shopper's one Bancontact choice: the payment starts with the first provider of the
// merchant's route (lib/routing) and, when that provider is down (unreachable, timed out, 5xx),
// with the next in line, within the same request. Each attempt goes through startPayment and its
// guards: a failed create is recorded FAILED before the next is tried, so at most one attempt is
// ever open, and the one that serves records which provider failed before it and why.
import type { Db } from "../db/client";
import { env } from "../env";
import { AppError } from "../errors";
import { logger } from "../log";
import type { ProviderId } from "../payments/providers";
import { merchantWipMax } from "../payments/wip";
import type { PaymentProvider } from "../providers/types";
import { candidates, fallbackReason, sameKindAsFirst } from "../routing/route";
import { needsShopperName } from "../shopper/name";
import { ProviderDownError, startPayment, type StartPaymentResult } from "./start-payment";

export type RoutedCtx = {
  db: Db;
  getProvider: (id: ProviderId) => PaymentProvider | null | undefined;
  available: readonly ProviderId[];
  appUrl: string;
  locale: string;
  linkCard?: boolean;
  cardholderId?: string | null;
  /** The shopper asked for the bank page: only providers that have one. */
  bankPage?: boolean;
  now?: () => Date;
};

const OPEN = ["CREATED", "PENDING"];

/** The providers this checkout's payment would be tried with, in order. */
export async function routeOfCheckout(db: Db, checkoutId: string, ctx: Pick<RoutedCtx, "available" | "linkCard" | "bankPage">): Promise<ProviderId[]> {
  const checkout = await db.checkout.findUniqueOrThrow({
    where: { id: checkoutId },
    include: { merchant: true, payments: { orderBy: { createdAt: "desc" }, where: { initiation: "checkout", status: { in: OPEN } } } },
  });
  const linkCard = ctx.linkCard ?? false;
  const all = candidates(checkout.merchant, ctx.available, {
    amount: checkout.amount,
    currency: checkout.currency,
    linkCard,
    wipMax: merchantWipMax(checkout.merchant),
    bankPage: ctx.bankPage ?? false,
  });
  const line = sameKindAsFirst(all, env().providerModes);
  // An attempt already open with one of them (a double click, "Try again" on an open payment)
  // stays with its provider: startPayment then reuses it or cancels it before starting afresh.
  const open = checkout.payments.find((p) => p.linkCard === linkCard && (line as string[]).includes(p.provider));
  return open ? [open.provider as ProviderId, ...line.filter((p) => p !== open.provider)] : line;
}

export async function startRoutedPayment(ctx: RoutedCtx, checkoutId: string): Promise<StartPaymentResult & { provider: ProviderId }> {
  const line = await routeOfCheckout(ctx.db, checkoutId, ctx);
  if (line.length === 0) throw new AppError("amount_out_of_range", "no payment method accepts this payment");
  const { shopperName } = await ctx.db.checkout.findUniqueOrThrow({ where: { id: checkoutId }, select: { shopperName: true } });
  let fallback: { from: ProviderId; reason: string } | null = null;
  let down: ProviderDownError | null = null;
  for (const id of line) {
    const provider = ctx.getProvider(id);
    if (!provider) continue;
    // A fallback that needs the shopper's real name is passed over when none was given.
    if (down && needsShopperName(id) && !shopperName) continue;
    try {
      const result = await startPayment({ ...ctx, provider, fallback }, checkoutId);
      return { ...result, provider: id };
    } catch (error) {
      if (!(error instanceof ProviderDownError)) throw error;
      down = error;
      fallback = { from: id, reason: fallbackReason(error.providerError) };
      logger.warn("provider down, trying the next in line", { checkoutId, provider: id, reason: fallback.reason });
    }
  }
  throw down ?? new AppError("provider_unavailable", "no payment provider is available, try again shortly");
}
