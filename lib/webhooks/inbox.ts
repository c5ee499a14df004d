// Webhook intake: verify, store the event (its body protected, with the raw body's hash) with the
// verification result, then apply it once.
// A repeated event id is acknowledged and not applied again; an event stored but not applied
// (a crash between the two) is applied when the provider retries it.
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { newId } from "../ids";
import type { ProviderId } from "../payments/providers";
import type { PaymentProvider } from "../providers/types";
import { applyProviderSnapshot } from "../checkouts/apply-update";
import { updateLinkStatus } from "../cards/link-card";
import { applyRefundEvents } from "../refunds/apply-refund-events";
import { sealSecret } from "../crypto/token-keys";
import { bodySha256, protectBody, truncateBody } from "./protect-body";

export const MAX_WEBHOOK_BYTES = 64 * 1024;

export type IntakeResult =
  | { status: 200; body: { received: true; duplicate?: true; result: string } }
  | { status: 400; body: { error: { code: "invalid_signature"; message: string } } };

const KEPT_HEADERS = ["content-type", "user-agent", "wooshpay-signature", "webhook-signature", "signature", "jws-signature"];

function headerSnapshot(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const v = headers.get(name);
    if (v !== null) out[name] = v;
  }
  return out;
}

/** The body as stored, never the raw one: see protect-body.ts. */
function storedBody(rawBody: string, rejected: boolean) {
  const body = protectBody(rawBody, sealSecret);
  return { body: rejected ? truncateBody(body) : body, bodySha256: bodySha256(rawBody), bodyBytes: Buffer.byteLength(rawBody, "utf8") };
}

async function reject(db: Db, provider: ProviderId, rawBody: string, headers: Headers, reason: string): Promise<IntakeResult> {
  await db.webhookEvent.create({
    data: { id: newId("whk"), provider, providerEventId: null, ...storedBody(rawBody, true), headers: headerSnapshot(headers), verified: false, rejectReason: reason },
  });
  return { status: 400, body: { error: { code: "invalid_signature", message: reason } } };
}

/** The state of a payment an event only names; a provider failure here makes the provider retry. */
async function readNamedPayment(db: Db, provider: PaymentProvider, ourPaymentId: string) {
  const payment = await db.payment.findFirst({ where: { id: ourPaymentId, provider: provider.id }, select: { providerPaymentId: true } });
  return payment?.providerPaymentId ? provider.getPayment(payment.providerPaymentId) : null;
}

export async function receiveWebhook(db: Db, provider: PaymentProvider, rawBody: string, headers: Headers, now = new Date()): Promise<IntakeResult> {
  const verification = await provider.verifyWebhook(rawBody, headers, now);
  const providerId: ProviderId = provider.id;
  if (!verification.ok) return reject(db, providerId, rawBody, headers, verification.reason);
  const { event } = verification;
  let stored;
  let duplicate = false;
  try {
    stored = await db.webhookEvent.create({
      data: {
        id: newId("whk"),
        provider: providerId,
        providerEventId: event.eventId,
        ...storedBody(rawBody, false),
        headers: headerSnapshot(headers),
        verified: true,
        eventType: event.eventType,
      },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    duplicate = true;
    stored = await db.webhookEvent.findUniqueOrThrow({ where: { provider_providerEventId: { provider: providerId, providerEventId: event.eventId } } });
    // Events stored before bodies were protected have no hash yet: their body is the raw one.
    if (stored.bodySha256 ? stored.bodySha256 !== bodySha256(rawBody) : stored.body !== rawBody) {
      // The same event id with another body is a replay attempt, not a retry.
      return reject(db, providerId, rawBody, headers, `event id ${event.eventId} was already used with another body`);
    }
    if (stored.appliedAt) return { status: 200, body: { received: true, duplicate: true, result: stored.applyResult ?? "applied" } };
  }
  const snapshot = event.snapshot ?? (event.readPayment ? await readNamedPayment(db, provider, event.readPayment.ourPaymentId) : null);
  const result = snapshot
    ? await applyProviderSnapshot(db, providerId, snapshot, "webhook")
    : event.linkStatus
      ? { outcome: (await updateLinkStatus(db, event.linkStatus.reference, event.linkStatus.status)) ? ("link_updated" as const) : ("unknown_link" as const) }
      : { outcome: "ignored" as const };
  if (event.refunds) await applyRefundEvents(db, providerId, event.refunds, now);
  // Marked applied only if no other delivery of the same event got there first.
  await db.webhookEvent.updateMany({
    where: { id: stored.id, appliedAt: null },
    data: {
      appliedAt: new Date(),
      applyResult: result.outcome,
      paymentId: "paymentId" in result ? result.paymentId : null,
    },
  });
  return { status: 200, body: { received: true, ...(duplicate ? { duplicate: true as const } : {}), result: result.outcome } };
}
