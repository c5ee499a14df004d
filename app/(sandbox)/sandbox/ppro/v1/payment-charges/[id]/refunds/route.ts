// PPRO sandbox: refund part or all of a captured payment charge.
import { handle } from "@/lib/sandboxes/ppro/http";
import { refundCharge } from "@/lib/sandboxes/ppro/operations";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, (body, key) => refundCharge(id, body, key));
}
