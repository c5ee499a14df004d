// PPRO sandbox: retrieve a payment agreement.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/ppro/http";
import { getAgreement } from "@/lib/sandboxes/ppro/service";

export const GET = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, () => getAgreement(id));
});
