// Sandbox control (only while the sandboxes are on and no provider is live): runs the app's due
// schedule charges as if it were the end of a given day, so a demo or a test can see next month's
// charge without waiting. Beside a live provider it is 404: the runner would charge real cards.
import { z } from "zod";
import { withSandboxClock } from "@/lib/access/routes";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getProvider } from "@/lib/providers/registry";
import { runDueCharges } from "@/lib/schedules/run-due";

const FormSchema = z.object({ asOf: z.iso.date() });

export const POST = withSandboxClock(async (request) => {
  const parsed = FormSchema.safeParse({ asOf: (await request.formData().catch(() => new FormData())).get("asOf") });
  if (!parsed.success) return Response.json({ error: { code: "invalid_request", message: "asOf must be a date (YYYY-MM-DD)", fields: [{ field: "asOf", message: "must be a date" }] } }, { status: 400 });
  const asOf = new Date(`${parsed.data.asOf}T23:59:59.999Z`);
  const counts = await runDueCharges({ db: await db(), provider: getProvider, appUrl: env().appUrl }, asOf);
  const query = new URLSearchParams({ asOf: parsed.data.asOf, charged: String(counts.charged), refused: String(counts.refused) });
  return new Response(null, { status: 303, headers: { location: `/sandbox?${query}` } });
});
