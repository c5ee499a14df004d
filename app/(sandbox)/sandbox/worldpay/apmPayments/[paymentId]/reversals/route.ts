// Worldpay sandbox: reverse an APM payment (cancel while authorized, refund the rest once paid).
import { withSandbox } from "@/lib/access/routes";
import { handle, paymentIdParam } from "@/lib/sandboxes/worldpay/http";
import { reverse } from "@/lib/sandboxes/worldpay/service";

export const POST = withSandbox<{ paymentId: string }>(async (request, { paymentId }) => {
  return handle(request, () => reverse(paymentIdParam(paymentId)));
});
