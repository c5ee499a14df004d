// PPRO sandbox: refund part or all of a captured payment charge.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/ppro/http";
import { refundCharge } from "@/lib/sandboxes/ppro/operations";

export const POST = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, (body, key) => refundCharge(id, body, key));
});
