// Bancontact sandbox, Payment API v3: refund a succeeded payment.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/bancontact/http";
import { createRefund } from "@/lib/sandboxes/bancontact/service";

export const POST = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, (body) => createRefund(id, body, request.headers.get("idempotency-key")));
});
