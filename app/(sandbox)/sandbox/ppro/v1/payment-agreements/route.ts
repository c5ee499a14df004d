// PPRO sandbox: create a Bancontact payment agreement with its initial payment charge.
import { withSandbox } from "@/lib/access/routes";
import { createPaymentFault } from "@/lib/sandboxes/faults";
import { handle } from "@/lib/sandboxes/ppro/http";
import { createAgreement } from "@/lib/sandboxes/ppro/service";

export const POST = withSandbox(async (request) => {
  const fault = await createPaymentFault("ppro");
  if (fault) return fault;
  return handle(request, (body) => createAgreement(body));
});
