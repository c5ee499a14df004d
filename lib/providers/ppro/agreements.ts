// PPRO payment agreements after the first payment: Wallet Initiated Payments on an active
// agreement, reading and revoking it. For the linked-cards work.
import "server-only";
import { WIP_SCHEME_MAX } from "../../payments/limits";
import { ProviderError, type ProviderPaymentSnapshot } from "../types";
import { pproCall, type PproConfig } from "./http";
import { AgreementSchema, ChargeSchema, type AgreementStatus } from "./schemas";
import { chargeSnapshot } from "./snapshot";

type Config = Pick<PproConfig, "apiUrl" | "apiKey">;

const agreementPath = (id: string) => `/v1/payment-agreements/${encodeURIComponent(id)}`;

/**
 * Charges an ACTIVE agreement without the shopper. PPRO answers 200 with a FAILED charge
 * (AGREEMENT_INACTIVE, AGREEMENT_REVOKED) when the agreement cannot be charged.
 */
export async function createSubsequentCharge(
  config: Config,
  input: { agreementId: string; amount: number; idempotencyKey: string },
): Promise<ProviderPaymentSnapshot> {
  // The scheme caps every WIP transaction; asking PPRO for more can only be refused.
  if (!Number.isInteger(input.amount) || input.amount < 1 || input.amount > WIP_SCHEME_MAX) {
    throw new ProviderError("ppro", "rejected", `a Wallet Initiated Payment must be between 1 and ${WIP_SCHEME_MAX} cents`, { field: "amount" });
  }
  const charge = await pproCall(
    config,
    "POST",
    `${agreementPath(input.agreementId)}/payment-charges`,
    ChargeSchema,
    { amount: { value: input.amount, currency: "EUR" } },
    input.idempotencyKey,
  );
  return chargeSnapshot(charge);
}

export async function getAgreement(config: Config, id: string): Promise<{ id: string; status: AgreementStatus }> {
  const a = await pproCall(config, "GET", agreementPath(id), AgreementSchema);
  return { id: a.id, status: a.status };
}

/** Ends the agreement (the shopper removed the card): no later charge is accepted on it. */
export async function revokeAgreement(config: Config, id: string): Promise<{ id: string; status: AgreementStatus }> {
  const a = await pproCall(config, "POST", `${agreementPath(id)}/revoke`, AgreementSchema, {}, `revoke-${id}`);
  return { id: a.id, status: a.status };
}
