// Bancontact sandbox dashboard: how callbacks are delivered, and signing key rotation.
import { withSandbox } from "@/lib/access/routes";
import { z } from "zod";
import { rotateKey } from "@/lib/sandboxes/bancontact/keys";
import { setDeliveryMode } from "@/lib/sandboxes/bancontact/service";

const FormSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("delivery"), mode: z.enum(["normal", "twice", "reverse"]) }),
  z.object({ action: z.literal("rotate") }),
]);

export const POST = withSandbox(async (request) => {
  const form = await request.formData();
  const parsed = FormSchema.safeParse({ action: form.get("action"), mode: form.get("mode") ?? undefined });
  if (!parsed.success) return Response.json({ message: "action must be delivery (with mode) or rotate" }, { status: 400 });
  if (parsed.data.action === "delivery") await setDeliveryMode(parsed.data.mode);
  else await rotateKey();
  return new Response(null, { status: 303, headers: { location: "/sandbox/bancontact" } });
});
