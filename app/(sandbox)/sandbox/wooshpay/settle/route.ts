// WooshPay sandbox dashboard: the bank's late answer on a processing payment.
import { withSandbox } from "@/lib/access/routes";
import { z } from "zod";
import { settle } from "@/lib/sandboxes/wooshpay/service";

const FormSchema = z.object({ id: z.string().startsWith("pi_"), result: z.enum(["succeed", "fail"]) });

export const POST = withSandbox(async (request) => {
  const form = await request.formData();
  const parsed = FormSchema.safeParse({ id: form.get("id"), result: form.get("result") });
  if (!parsed.success) return Response.json({ error: { message: "id and result (succeed|fail) are required" } }, { status: 400 });
  await settle(parsed.data.id, parsed.data.result);
  return new Response(null, { status: 303, headers: { location: "/sandbox/wooshpay" } });
});
