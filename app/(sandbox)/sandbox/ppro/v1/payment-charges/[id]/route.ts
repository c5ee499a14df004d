// PPRO sandbox: retrieve a payment charge.
import { handle } from "@/lib/sandboxes/ppro/http";
import { getCharge } from "@/lib/sandboxes/ppro/service";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, () => getCharge(id));
}
