// PPRO sandbox: void a payment charge that is not captured yet.
import { handle } from "@/lib/sandboxes/ppro/http";
import { voidCharge } from "@/lib/sandboxes/ppro/operations";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, () => voidCharge(id));
}
