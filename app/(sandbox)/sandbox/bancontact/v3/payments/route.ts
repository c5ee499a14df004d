// Bancontact sandbox, Payment API v3: create a payment.
import { withSandbox } from "@/lib/access/routes";
import { createPaymentFault } from "@/lib/sandboxes/faults";
import { handle } from "@/lib/sandboxes/bancontact/http";
import { createPayment } from "@/lib/sandboxes/bancontact/service";

export const POST = withSandbox(async (request) => {
  const fault = await createPaymentFault("bancontact");
  if (fault) return fault;
  return handle(request, createPayment);
});
