// PPRO sandbox: a Wallet Initiated Payment on an active agreement.
import { handle } from "@/lib/sandboxes/ppro/http";
import { createSubsequentCharge } from "@/lib/sandboxes/ppro/operations";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, (body) => createSubsequentCharge(id, body));
}
