// WooshPay sandbox: refund a succeeded PaymentIntent.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/wooshpay/http";
import { createRefund } from "@/lib/sandboxes/wooshpay/service";

export const POST = withSandbox(async (request) => {
  return handle(request, (body) => createRefund(body, request.headers.get("idempotency-key")));
});
