// A provider of the tests' own, behind the real PaymentProvider interface: it records calls and
// answers as a provider would, so the domain's guards can be tested without HTTP.
import { ProviderError, type PaymentProvider, type ProviderPaymentSnapshot, type RefundLookup, type RefundState, type StartPaymentInput } from "@/lib/providers/types";
import type { ProviderId } from "@/lib/payments/providers";
import type { PaymentStatus } from "@/lib/payments/states";

export class RecordingProvider implements PaymentProvider {
  constructor(readonly id: ProviderId = "wooshpay") {}

  readonly starts: StartPaymentInput[] = [];
  readonly cancels: string[] = [];
  readonly states = new Map<string, { status: PaymentStatus; ours: string; amount: number }>();
  readonly ids: string[] = [];
  delayMs = 0;
  private readonly run = Math.random().toString(36).slice(2, 10);

  snapshot(id: string): ProviderPaymentSnapshot {
    const s = this.states.get(id)!;
    return { providerPaymentId: id, ourPaymentId: s.ours, providerStatus: s.status.toLowerCase(), status: s.status, capturedAmount: s.status === "PAID" ? s.amount : 0, failure: null };
  }

  async startPayment(input: StartPaymentInput) {
    this.starts.push(input);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    const id = `pi_${this.run}_${this.starts.length}`;
    this.ids.push(id);
    this.states.set(id, { status: "PENDING", ours: input.paymentId, amount: input.amount });
    return { ...this.snapshot(id), action: { type: "redirect" as const, url: `https://bank.test/${id}` } };
  }

  async getPayment(id: string) {
    return this.snapshot(id);
  }

  async cancelPayment(id: string) {
    this.cancels.push(id);
    const s = this.states.get(id)!;
    if (s.status === "PENDING") s.status = "CANCELLED";
    return this.snapshot(id);
  }

  readonly refunds: { providerPaymentId: string; amount: number }[] = [];
  refuseRefunds = false;

  /** When set, refunds are accepted PENDING and settled by what refundStates says. */
  pendingRefunds = false;
  readonly refundStates = new Map<string, RefundState>();
  readonly refundReads: string[] = [];

  async refundPayment(input: { providerPaymentId: string; amount: number }) {
    if (this.refuseRefunds) throw new ProviderError(this.id, "rejected", "refund refused by the provider");
    this.refunds.push({ providerPaymentId: input.providerPaymentId, amount: input.amount });
    const providerRefundId = `re_${this.refunds.length}`;
    if (!this.pendingRefunds) return { providerRefundId, status: "SUCCEEDED" as const };
    this.refundStates.set(providerRefundId, { status: "PENDING" });
    return { providerRefundId, status: "PENDING" as const };
  }

  async getRefund(lookup: RefundLookup): Promise<RefundState> {
    this.refundReads.push(lookup.providerRefundId ?? lookup.idempotencyKey);
    const state = lookup.providerRefundId ? this.refundStates.get(lookup.providerRefundId) : undefined;
    if (!state) throw new ProviderError(this.id, "rejected", "no such refund");
    return state;
  }

  async verifyWebhook() {
    return { ok: false as const, reason: "not used" };
  }
}
