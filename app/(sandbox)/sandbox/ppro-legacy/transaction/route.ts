// PPRO legacy sandbox: the TRANSACTION API endpoint (url-encoded in and out, always HTTP 200).
import { withSandbox } from "@/lib/access/routes";
import { handleTransactionApi } from "@/lib/sandboxes/ppro-legacy/service";

export const POST = withSandbox(async (request) => {
  const answer = await handleTransactionApi(await request.text());
  return new Response(answer, { status: 200, headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8", "cache-control": "no-store" } });
});
