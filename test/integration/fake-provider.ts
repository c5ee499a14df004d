// A provider of the tests' own, behind the real PaymentProvider interface: it records calls and
// answers as a provider would, so the domain's guards can be tested without HTTP.
import { ProviderError, type PaymentProvider, type ProviderPaymentSnapshot, type StartPaymentInput } from "@/lib/providers/types";
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

  async refundPayment(input: { providerPaymentId: string; amount: number }) {
    if (this.refuseRefunds) throw new ProviderError(this.id, "rejected", "refund refused by the provider");
    this.refunds.push({ providerPaymentId: input.providerPaymentId, amount: input.amount });
    return { providerRefundId: `re_${this.refunds.length}`, status: "SUCCEEDED" as const };
  }

  async verifyWebhook() {
    return { ok: false as const, reason: "not used" };
  }
}
