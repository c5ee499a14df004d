// WooshPay sandbox: refund a succeeded PaymentIntent.
import { handle } from "@/lib/sandboxes/wooshpay/http";
import { createRefund } from "@/lib/sandboxes/wooshpay/service";

export async function POST(request: Request) {
  return handle(request, (body) => createRefund(body, request.headers.get("idempotency-key")));
}
