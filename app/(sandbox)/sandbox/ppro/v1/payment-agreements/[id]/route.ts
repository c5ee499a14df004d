// PPRO sandbox: retrieve a payment agreement.
import { handle } from "@/lib/sandboxes/ppro/http";
import { getAgreement } from "@/lib/sandboxes/ppro/service";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, () => getAgreement(id));
}
