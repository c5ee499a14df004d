// WooshPay sandbox bank page: the shopper's decision, then back to the merchant's return URL.
import { z } from "zod";
import { sandboxOff } from "@/lib/sandboxes/guard";
import { decide } from "@/lib/sandboxes/wooshpay/service";

const OutcomeSchema = z.enum(["approve", "approve_later", "decline", "abandon"]);

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const off = sandboxOff();
  if (off) return off;
  const { id } = await params;
  const outcome = OutcomeSchema.safeParse((await request.formData()).get("outcome"));
  if (!outcome.success) return Response.json({ error: { message: "outcome must be approve, approve_later, decline or abandon" } }, { status: 400 });
  const target = await decide(id, outcome.data);
  if (!target) return Response.json({ error: { message: "No such payment" } }, { status: 404 });
  return new Response(null, { status: 303, headers: { location: target } });
}
