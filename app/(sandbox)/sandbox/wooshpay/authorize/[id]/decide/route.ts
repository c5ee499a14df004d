// WooshPay sandbox bank page: the shopper's decision, then back to the merchant's return URL.
import { withSandbox } from "@/lib/access/routes";
import { z } from "zod";
import { decide } from "@/lib/sandboxes/wooshpay/service";

const OutcomeSchema = z.enum(["approve", "approve_later", "decline", "abandon"]);

export const POST = withSandbox<{ id: string }>(async (request, { id }) => {
  const outcome = OutcomeSchema.safeParse((await request.formData()).get("outcome"));
  if (!outcome.success) return Response.json({ error: { message: "outcome must be approve, approve_later, decline or abandon" } }, { status: 400 });
  const target = await decide(id, outcome.data);
  if (!target) return Response.json({ error: { message: "No such payment" } }, { status: 404 });
  return new Response(null, { status: 303, headers: { location: target } });
});
