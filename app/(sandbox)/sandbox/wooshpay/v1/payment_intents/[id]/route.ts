// WooshPay sandbox: retrieve a PaymentIntent.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/wooshpay/http";
import { getIntent } from "@/lib/sandboxes/wooshpay/service";

export const GET = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, () => getIntent(id));
});
