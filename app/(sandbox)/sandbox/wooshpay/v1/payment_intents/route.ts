// WooshPay sandbox: create (and confirm) a PaymentIntent.
import { handle } from "@/lib/sandboxes/wooshpay/http";
import { createIntent } from "@/lib/sandboxes/wooshpay/service";

export async function POST(request: Request) {
  return handle(request, (body) => createIntent(body, request.headers.get("idempotency-key")));
}
