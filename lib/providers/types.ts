// The one interface every provider folder implements. Only our own types cross it: provider
// wire shapes stay inside their folder.
import type { PaymentStatus } from "../payments/states";
import type { ProviderId } from "../payments/providers";

export type StartPaymentInput = {
  paymentId: string;
  amount: number;
  currency: "EUR";
  description: string;
  merchantReference: string;
  customerEmail: string | null;
  /**
   * The shopper's real full name, as typed on the checkout page (or given by the merchant API).
   * Always present for the providers that send it (lib/shopper/name.ts); empty for the others.
   */
  shopperName: string;
  /** Where the provider sends the shopper back to. */
  returnUrl: string;
  webhookUrl: string;
  /** Sent as the provider's idempotency key: a retry of the same start never pays twice. */
  idempotencyKey: string;
  locale: string;
  /** Link and pay: the card is linked for later Wallet Initiated Payments once this one succeeds. */
  linkCard: boolean;
  /** The merchant's WIP maximum in cents, bounding charges on a card linked by this payment; the scheme's when not given. */
  wipMaxAmount?: number;
};

/** What the shopper must do next to authenticate. */
export type ShopperAction =
  | { type: "redirect"; url: string }
  | {
      type: "qr";
      /** What the QR code encodes (an https link or a BEP:// payload). */
      payload: string;
      /** Opens the Bancontact app on a phone. */
      deepLink: string | null;
      /** A bank page to fall back to, when the provider offers one. */
      redirectUrl: string | null;
      expiresAt: Date | null;
    };

export type ProviderPaymentSnapshot = {
  providerPaymentId: string;
  /** Our payment id as the provider echoes it back (merchant order id), when it does. */
  ourPaymentId: string | null;
  providerStatus: string;
  status: PaymentStatus;
  /** What the provider says it captured; null when it does not say (then: the payment's amount once PAID). */
  capturedAmount: number | null;
  failure: { code: string; message: string } | null;
  /** A card linked by this payment (link and pay), as the provider reports it once paid. */
  linkedCard?: { token: string; bin: string; last4: string; expiry: string };
};

export type StartedPayment = ProviderPaymentSnapshot & {
  action: ShopperAction | null;
  /** The provider's reference of the link this payment creates once paid (PPRO's agreement id). */
  linkReference?: string;
};

export type VerifiedWebhook = {
  eventId: string;
  eventType: string;
  /** The provider's payment the event is about, and its state as the event tells it. */
  snapshot: ProviderPaymentSnapshot | null;
  /** An event that names our payment but not its state: the inbox reads it from the provider. */
  readPayment?: { ourPaymentId: string };
  /** Refunds of the payment whose state the event (or the read it caused) gives, by our reference or the provider's id. */
  refunds?: RefundEventState[];
  /** An event about a link (PPRO agreement), by the provider's reference. */
  linkStatus?: { reference: string; status: "ACTIVE" | "FAILED" | "REVOKED" };
};

export type WebhookVerification =
  | { ok: true; event: VerifiedWebhook }
  | { ok: false; reason: string; eventId?: string };

/** A Wallet Initiated Payment on a linked card: no new authentication, unless the provider asks for one. */
export type ChargeLinkInput = {
  paymentId: string;
  /** The link as the provider gave it (the legacy card token, or PPRO's agreement id), opened from its seal. */
  linkReference: string;
  amount: number;
  currency: "EUR";
  description: string;
  /** consumer: one-click by the cardholder; merchant: recurring, instalment or ad hoc (specin.initiation). */
  initiation: "consumer" | "merchant";
  /** The cardholder's full name as they gave it, when known (accountholdername). */
  accountHolderName: string | null;
  /** Where a cardholder asked to authenticate comes back to. */
  returnUrl: string;
  webhookUrl: string;
  idempotencyKey: string;
};

export type ChargedLink = StartedPayment & {
  /** The card's expiry as the provider has it stored (legacy SPECOUT.CARDEXPIRY), YYYY-MM. */
  cardExpiry?: string;
};

export type RefundInput = { providerPaymentId: string; amount: number; currency: "EUR"; description: string; idempotencyKey: string };
export type RefundResult = { providerRefundId: string; status: "PENDING" | "SUCCEEDED" | "FAILED" };
/** A refund to read back: the provider's id when it gave one, and the reference we sent (our refund id). */
export type RefundLookup = { providerPaymentId: string; providerRefundId: string | null; idempotencyKey: string };
export type RefundState = { status: "PENDING" | "SUCCEEDED" | "FAILED"; providerRefundId?: string; failureMessage?: string };
export type RefundEventState = RefundState & { providerPaymentId: string; providerRefundId?: string; reference?: string };

export interface PaymentProvider {
  readonly id: ProviderId;
  startPayment(input: StartPaymentInput): Promise<StartedPayment>;
  getPayment(providerPaymentId: string): Promise<ProviderPaymentSnapshot>;
  cancelPayment(providerPaymentId: string): Promise<ProviderPaymentSnapshot>;
  verifyWebhook(rawBody: string, headers: Headers, now: Date): Promise<WebhookVerification>;
  refundPayment(input: RefundInput): Promise<RefundResult>;
  /**
   * Reads one refund's state, on the providers whose API can (docs/refunds.md); the others'
   * PENDING refunds are settled by their webhooks only.
   */
  getRefund?(lookup: RefundLookup): Promise<RefundState>;
  /**
   * Ends a card link at the provider (the reference is the one the link was kept under), where
   * the provider's API allows it: PPRO's agreements do; the TRANSACTION API has no such call.
   */
  revokeLink?(linkReference: string): Promise<void>;
  /** Charges a linked card (WIP), on the providers that link cards. */
  chargeLink?(input: ChargeLinkInput): Promise<ChargedLink>;
}

/** A provider call that failed: the provider refused it (4xx) or could not be reached. */
export class ProviderError extends Error {
  constructor(
    readonly provider: ProviderId,
    readonly kind: "rejected" | "unavailable" | "bad_response",
    message: string,
    readonly details: {
      field?: string;
      code?: string;
      httpStatus?: number;
      /** Every field the provider refused, by JSON path (Worldpay's validationErrors). */
      validationErrors?: { path: string; message: string }[];
    } = {},
  ) {
    super(message);
    this.name = "ProviderError";
  }
}
