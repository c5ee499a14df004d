// WooshPay sandbox: cancel a PaymentIntent that still awaits the shopper.
import { handle } from "@/lib/sandboxes/wooshpay/http";
import { cancelIntent } from "@/lib/sandboxes/wooshpay/service";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, () => cancelIntent(id));
}
