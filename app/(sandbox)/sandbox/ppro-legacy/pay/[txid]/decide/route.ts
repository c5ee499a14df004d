// PPRO legacy sandbox: the shopper's decision on the bank page (back to the shop) or in the app (stays there).
import { withSandbox } from "@/lib/access/routes";
import { z } from "zod";
import { decide } from "@/lib/sandboxes/ppro-legacy/service";

const FormSchema = z.object({ outcome: z.enum(["approve", "decline", "abandon"]), via: z.enum(["bank", "app"]).default("bank") });

export const POST = withSandbox<{ txid: string }>(async (request, { txid }) => {
  const form = await request.formData();
  const parsed = FormSchema.safeParse({ outcome: form.get("outcome"), via: form.get("via") ?? undefined });
  if (!parsed.success) return Response.json({ error: { message: "outcome must be approve, decline or abandon" } }, { status: 400 });
  const tx = /^\d{9}$/.test(txid) ? await decide(txid, parsed.data.outcome) : null;
  if (!tx) return Response.json({ error: { message: "No such transaction" } }, { status: 404 });
  // The app runs on the shopper's phone, not in the browser that started the payment: it shows the
  // outcome itself and sends nobody anywhere.
  const target =
    parsed.data.via === "app"
      ? `/sandbox/ppro-legacy/app/${txid}${parsed.data.outcome === "abandon" ? "?left=1" : ""}`
      : (tx.merchantRedirectUrl ?? `/sandbox/ppro-legacy/pay/${txid}`);
  return new Response(null, { status: 303, headers: { location: target } });
});
