// Worldpay sandbox: reverse an APM payment (cancel while authorized, refund the rest once paid).
import { handle, paymentIdParam } from "@/lib/sandboxes/worldpay/http";
import { reverse } from "@/lib/sandboxes/worldpay/service";

export async function POST(request: Request, { params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  return handle(request, () => reverse(paymentIdParam(paymentId)));
}
