// Worldpay sandbox hosted page: the shopper's decision, the webhook, then back to the shop (303).
import { withSandbox } from "@/lib/access/routes";
import { z } from "zod";
import { paymentIdParam } from "@/lib/sandboxes/worldpay/http";
import { decide } from "@/lib/sandboxes/worldpay/service";

const OutcomeSchema = z.enum(["approve", "decline", "cancel"]);

export const POST = withSandbox<{ id: string }>(async (request, { id }) => {
  const outcome = OutcomeSchema.safeParse((await request.formData()).get("outcome"));
  if (!outcome.success) return Response.json({ errorName: "bodyDoesNotMatchSchema", message: "outcome must be approve, decline or cancel" }, { status: 400 });
  const target = await decide(paymentIdParam(id), outcome.data);
  if (!target) return Response.json({ errorName: "resourceNotFound", message: "No such payment" }, { status: 404 });
  return new Response(null, { status: 303, headers: { location: target } });
});
