// PPRO sandbox Bancontact app: the shopper's decision, webhooks sent, then the app page again.
import { withSandbox } from "@/lib/access/routes";
import { z } from "zod";
import { decide } from "@/lib/sandboxes/ppro/service";
import { findCharge } from "@/lib/sandboxes/ppro/store";

const OutcomeSchema = z.enum(["approve", "decline", "abandon"]);

export const POST = withSandbox<{ chargeId: string }>(async (request, { chargeId }) => {
  const outcome = OutcomeSchema.safeParse((await request.formData()).get("outcome"));
  if (!outcome.success) return Response.json({ error: { message: "outcome must be approve, decline or abandon" } }, { status: 400 });
  if (!(await findCharge(chargeId))) return Response.json({ error: { message: "No such payment" } }, { status: 404 });
  await decide(chargeId, outcome.data);
  const back = `/sandbox/ppro/app/${encodeURIComponent(chargeId)}${outcome.data === "abandon" ? "?outcome=abandon" : ""}`;
  return new Response(null, { status: 303, headers: { location: back } });
});
