// Worldpay sandbox: refund part of a paid APM payment (at most 3,000 EUR each).
import { handle, paymentIdParam } from "@/lib/sandboxes/worldpay/http";
import { partialReverse } from "@/lib/sandboxes/worldpay/service";

export async function POST(request: Request, { params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  return handle(request, (body) => partialReverse(paymentIdParam(paymentId), body));
}
