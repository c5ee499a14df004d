// PPRO sandbox: void a payment charge that is not captured yet.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/ppro/http";
import { voidCharge } from "@/lib/sandboxes/ppro/operations";

export const POST = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, () => voidCharge(id));
});
