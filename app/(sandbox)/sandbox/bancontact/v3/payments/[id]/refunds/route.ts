// Bancontact sandbox, Payment API v3: refund a succeeded payment.
import { handle } from "@/lib/sandboxes/bancontact/http";
import { createRefund } from "@/lib/sandboxes/bancontact/service";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, (body) => createRefund(id, body, request.headers.get("idempotency-key")));
}
