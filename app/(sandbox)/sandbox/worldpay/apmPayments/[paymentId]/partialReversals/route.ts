// Worldpay sandbox: refund part of a paid APM payment (at most 3,000 EUR each).
import { withSandbox } from "@/lib/access/routes";
import { handle, paymentIdParam } from "@/lib/sandboxes/worldpay/http";
import { partialReverse } from "@/lib/sandboxes/worldpay/service";

export const POST = withSandbox<{ paymentId: string }>(async (request, { paymentId }) => {
  return handle(request, (body) => partialReverse(paymentIdParam(paymentId), body));
});
