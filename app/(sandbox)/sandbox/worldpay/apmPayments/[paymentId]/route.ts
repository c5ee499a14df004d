// Worldpay sandbox: query an APM payment's lastEvent and open actions.
import { handle, paymentIdParam } from "@/lib/sandboxes/worldpay/http";
import { getPayment } from "@/lib/sandboxes/worldpay/service";

export async function GET(request: Request, { params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  return handle(request, () => getPayment(paymentIdParam(paymentId)));
}
