// Merchant API: read one of the merchant's payments.
import { getPayment } from "@/lib/api/checkouts-api";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return getPayment(request, (await params).id);
}
