// Merchant API: refund one of the merchant's payments, in full or in part (Idempotency-Key).
import { postRefund } from "@/lib/api/refunds-api";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return postRefund(request, (await params).id);
}
