// PPRO sandbox: revoke an active payment agreement.
import { handle } from "@/lib/sandboxes/ppro/http";
import { revokeAgreement } from "@/lib/sandboxes/ppro/operations";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, () => revokeAgreement(id));
}
