// PPRO legacy sandbox: the TRANSACTION API endpoint (url-encoded in and out, always HTTP 200).
import { sandboxOff } from "@/lib/sandboxes/guard";
import { handleTransactionApi } from "@/lib/sandboxes/ppro-legacy/service";

export async function POST(request: Request) {
  const off = sandboxOff();
  if (off) return off;
  const answer = await handleTransactionApi(await request.text());
  return new Response(answer, { status: 200, headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8", "cache-control": "no-store" } });
}
