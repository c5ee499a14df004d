// Worldpay sandbox: create an APM (Bancontact) payment.
import { handle } from "@/lib/sandboxes/worldpay/http";
import { createPayment } from "@/lib/sandboxes/worldpay/service";

export async function POST(request: Request) {
  return handle(request, (body) => createPayment(body));
}
