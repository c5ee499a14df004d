// PPRO sandbox: revoke an active payment agreement.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/ppro/http";
import { revokeAgreement } from "@/lib/sandboxes/ppro/operations";

export const POST = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, () => revokeAgreement(id));
});
