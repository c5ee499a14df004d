// Merchant API: read one of the merchant's checkouts with its payments.
import { getCheckout } from "@/lib/api/checkouts-api";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return getCheckout(request, (await params).id);
}
