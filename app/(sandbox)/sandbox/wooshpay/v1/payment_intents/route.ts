// WooshPay sandbox: create (and confirm) a PaymentIntent.
import { withSandbox } from "@/lib/access/routes";
import { createPaymentFault } from "@/lib/sandboxes/faults";
import { handle } from "@/lib/sandboxes/wooshpay/http";
import { createIntent } from "@/lib/sandboxes/wooshpay/service";

export const POST = withSandbox(async (request) => {
  const fault = await createPaymentFault("wooshpay");
  if (fault) return fault;
  return handle(request, (body) => createIntent(body, request.headers.get("idempotency-key")));
});
