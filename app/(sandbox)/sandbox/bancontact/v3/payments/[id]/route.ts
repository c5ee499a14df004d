// Bancontact sandbox, Payment API v3: read or cancel a payment.
import { handle } from "@/lib/sandboxes/bancontact/http";
import { cancelPayment, getPayment } from "@/lib/sandboxes/bancontact/service";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Ctx) {
  const { id } = await params;
  return handle(request, () => getPayment(id));
}

export async function DELETE(request: Request, { params }: Ctx) {
  const { id } = await params;
  return handle(request, () => cancelPayment(id));
}
