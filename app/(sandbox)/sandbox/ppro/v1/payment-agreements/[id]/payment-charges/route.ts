// PPRO sandbox: a Wallet Initiated Payment on an active agreement.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/ppro/http";
import { createSubsequentCharge } from "@/lib/sandboxes/ppro/operations";

export const POST = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, (body) => createSubsequentCharge(id, body));
});
