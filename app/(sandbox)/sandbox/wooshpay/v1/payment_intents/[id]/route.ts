// WooshPay sandbox: retrieve a PaymentIntent.
import { handle } from "@/lib/sandboxes/wooshpay/http";
import { getIntent } from "@/lib/sandboxes/wooshpay/service";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, () => getIntent(id));
}
