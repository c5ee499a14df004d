// Worldpay sandbox: create an APM (Bancontact) payment.
import { withSandbox } from "@/lib/access/routes";
import { createPaymentFault } from "@/lib/sandboxes/faults";
import { handle } from "@/lib/sandboxes/worldpay/http";
import { createPayment } from "@/lib/sandboxes/worldpay/service";

export const POST = withSandbox(async (request) => {
  const fault = await createPaymentFault("worldpay");
  if (fault) return fault;
  return handle(request, (body) => createPayment(body));
});
