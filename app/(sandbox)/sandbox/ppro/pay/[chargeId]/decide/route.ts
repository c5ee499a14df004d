// PPRO sandbox bank page: the shopper's decision, webhooks sent, then back to the return URL.
import { z } from "zod";
import { sandboxOff } from "@/lib/sandboxes/guard";
import { decide } from "@/lib/sandboxes/ppro/service";

const OutcomeSchema = z.enum(["approve", "decline", "abandon"]);

export async function POST(request: Request, { params }: { params: Promise<{ chargeId: string }> }) {
  const off = sandboxOff();
  if (off) return off;
  const { chargeId } = await params;
  const outcome = OutcomeSchema.safeParse((await request.formData()).get("outcome"));
  if (!outcome.success) return Response.json({ error: { message: "outcome must be approve, decline or abandon" } }, { status: 400 });
  const target = await decide(chargeId, outcome.data);
  if (!target) return Response.json({ error: { message: "No such payment" } }, { status: 404 });
  return new Response(null, { status: 303, headers: { location: target } });
}
