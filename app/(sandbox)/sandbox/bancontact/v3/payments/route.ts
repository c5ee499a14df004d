// Bancontact sandbox, Payment API v3: create a payment.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/bancontact/http";
import { createPayment } from "@/lib/sandboxes/bancontact/service";

export const POST = withSandbox(async (request) => {
  return handle(request, createPayment);
});
