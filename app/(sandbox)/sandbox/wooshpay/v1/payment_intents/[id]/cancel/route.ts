// WooshPay sandbox: cancel a PaymentIntent that still awaits the shopper.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/wooshpay/http";
import { cancelIntent } from "@/lib/sandboxes/wooshpay/service";

export const POST = withSandbox<{ id: string }>(async (request, { id }) => {
  return handle(request, () => cancelIntent(id));
});
