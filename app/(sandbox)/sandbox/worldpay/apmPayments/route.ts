// Worldpay sandbox: create an APM (Bancontact) payment.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/worldpay/http";
import { createPayment } from "@/lib/sandboxes/worldpay/service";

export const POST = withSandbox(async (request) => {
  return handle(request, (body) => createPayment(body));
});
