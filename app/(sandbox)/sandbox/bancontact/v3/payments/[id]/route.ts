// Bancontact sandbox, Payment API v3: read or cancel a payment.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/bancontact/http";
import { cancelPayment, getPayment } from "@/lib/sandboxes/bancontact/service";

export const GET = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, () => getPayment(id));
});

export const DELETE = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, () => cancelPayment(id));
});
