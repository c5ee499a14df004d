// Worldpay sandbox: query an APM payment's lastEvent and open actions.
import { withSandbox } from "@/lib/access/routes";
import { handle, paymentIdParam } from "@/lib/sandboxes/worldpay/http";
import { getPayment } from "@/lib/sandboxes/worldpay/service";

export const GET = withSandbox<{ paymentId: string }>(async (request, { paymentId }) => {
  return handle(request, () => getPayment(paymentIdParam(paymentId)));
});
