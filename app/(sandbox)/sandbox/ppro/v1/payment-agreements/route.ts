// PPRO sandbox: create a Bancontact payment agreement with its initial payment charge.
import { handle } from "@/lib/sandboxes/ppro/http";
import { createAgreement } from "@/lib/sandboxes/ppro/service";

export async function POST(request: Request) {
  return handle(request, (body) => createAgreement(body));
}
