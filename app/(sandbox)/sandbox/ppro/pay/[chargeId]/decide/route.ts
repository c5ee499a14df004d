// PPRO sandbox bank page: the shopper's decision, webhooks sent, then back to the return URL.
import { withSandbox } from "@/lib/access/routes";
import { z } from "zod";
import { decide } from "@/lib/sandboxes/ppro/service";

const OutcomeSchema = z.enum(["approve", "decline", "abandon"]);

export const POST = withSandbox<{ chargeId: string }>(async (request, { chargeId }) => {
  const outcome = OutcomeSchema.safeParse((await request.formData()).get("outcome"));
  if (!outcome.success) return Response.json({ error: { message: "outcome must be approve, decline or abandon" } }, { status: 400 });
  const target = await decide(chargeId, outcome.data);
  if (!target) return Response.json({ error: { message: "No such payment" } }, { status: 404 });
  return new Response(null, { status: 303, headers: { location: target } });
});
