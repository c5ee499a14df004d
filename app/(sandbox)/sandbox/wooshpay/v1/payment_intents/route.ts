// WooshPay sandbox: create (and confirm) a PaymentIntent.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/wooshpay/http";
import { createIntent } from "@/lib/sandboxes/wooshpay/service";

export const POST = withSandbox(async (request) => {
  return handle(request, (body) => createIntent(body, request.headers.get("idempotency-key")));
});
