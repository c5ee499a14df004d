// Bancontact app simulator: the consumer scans, confirms, declines, cancels or lets it expire.
import { withSandbox } from "@/lib/access/routes";
import { z } from "zod";
import { appAction } from "@/lib/sandboxes/bancontact/service";

const ActionSchema = z.enum(["scan", "confirm", "decline", "cancel", "expire"]);

export const POST = withSandbox<{ id: string }>(async (request, { id }) => {
  const form = await request.formData();
  const action = ActionSchema.safeParse(form.get("action"));
  if (!action.success) return Response.json({ message: "action must be scan, confirm, decline, cancel or expire" }, { status: 400 });
  const p = await appAction(id, action.data);
  if (!p) return Response.json({ message: "Payment not found" }, { status: 404 });
  const back = new URL(`/sandbox/bancontact/app/pay/2/${id}`, request.url);
  const returnUrl = form.get("returnUrl");
  if (typeof returnUrl === "string" && returnUrl) back.searchParams.set("returnUrl", returnUrl);
  return new Response(null, { status: 303, headers: { location: back.pathname + back.search } });
});
