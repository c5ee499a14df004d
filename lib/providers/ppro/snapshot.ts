// A PPRO payment charge as our provider-neutral snapshot.
import type { ProviderPaymentSnapshot } from "../types";
import type { Charge } from "./schemas";
import { capturedAmount, mapPproStatus } from "./status";

export function chargeSnapshot(charge: Charge): ProviderPaymentSnapshot {
  const status = mapPproStatus(charge.status);
  // PPRO puts the failure on the charge and on the failed authorization; either may be absent.
  const failure = charge.failure ?? charge.authorizations.findLast((a) => a.failure)?.failure;
  return {
    providerPaymentId: charge.id,
    ourPaymentId: charge.merchantPaymentChargeReference ?? charge.authorizations[0]?.merchantPaymentChargeReference ?? null,
    providerStatus: charge.status,
    status,
    capturedAmount: capturedAmount(charge),
    failure:
      status === "FAILED"
        ? {
            code: failure?.failureCode ?? failure?.internalFailureCode ?? failure?.failureType ?? "PAYMENT_FAILED",
            message: failure?.failureMessage ?? "The payment failed",
          }
        : null,
  };
}
