// PPRO sandbox: retrieve a payment charge.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/ppro/http";
import { getCharge } from "@/lib/sandboxes/ppro/service";

export const GET = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, () => getCharge(id));
});
