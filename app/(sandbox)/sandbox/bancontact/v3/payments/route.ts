// Bancontact sandbox, Payment API v3: create a payment.
import { handle } from "@/lib/sandboxes/bancontact/http";
import { createPayment } from "@/lib/sandboxes/bancontact/service";

export async function POST(request: Request) {
  return handle(request, createPayment);
}
