// PPRO legacy sandbox dashboard: moves the sandbox's clock (to let card tokens lapse) or resets it.
import { withSandbox } from "@/lib/access/routes";
import { z } from "zod";
import { advanceClock, resetClock } from "@/lib/sandboxes/ppro-legacy/service";

const FormSchema = z.object({ action: z.enum(["advance", "reset"]) });

export const POST = withSandbox(async (request) => {
  const parsed = FormSchema.safeParse({ action: (await request.formData()).get("action") });
  if (!parsed.success) return Response.json({ error: { message: "action must be advance or reset" } }, { status: 400 });
  if (parsed.data.action === "advance") await advanceClock(366);
  else await resetClock();
  return new Response(null, { status: 303, headers: { location: "/sandbox/ppro-legacy" } });
});
