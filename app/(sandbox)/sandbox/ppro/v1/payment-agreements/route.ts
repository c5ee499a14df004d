// PPRO sandbox: create a Bancontact payment agreement with its initial payment charge.
import { withSandbox } from "@/lib/access/routes";
import { handle } from "@/lib/sandboxes/ppro/http";
import { createAgreement } from "@/lib/sandboxes/ppro/service";

export const POST = withSandbox(async (request) => {
  return handle(request, (body) => createAgreement(body));
});
