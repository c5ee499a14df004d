// PPRO legacy sandbox: the TRANSACTION API endpoint (url-encoded in and out, always HTTP 200).
import { withSandbox } from "@/lib/access/routes";
import { createPaymentFault } from "@/lib/sandboxes/faults";
import { handleTransactionApi } from "@/lib/sandboxes/ppro-legacy/service";

export const POST = withSandbox(async (request) => {
  const body = await request.text();
  // The fault switch stands for the gateway failing in front of the API: only new transactions.
  const fault = new URLSearchParams(body).get("txtype") === "TRANSACTION" ? await createPaymentFault("ppro-legacy") : null;
  if (fault) return fault;
  const answer = await handleTransactionApi(body);
  return new Response(answer, { status: 200, headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8", "cache-control": "no-store" } });
});
