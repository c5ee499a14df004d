// HTTP plumbing of the WooshPay sandbox's API routes: off switch, key check, JSON in and out.
import { sandboxOff } from "../guard";
import { authenticate, type ApiResult } from "./service";

export async function handle(request: Request, run: (body: unknown) => Promise<ApiResult>): Promise<Response> {
  const off = sandboxOff();
  if (off) return off;
  const denied = authenticate(request.headers.get("authorization"));
  if (denied) return Response.json(denied.body, { status: denied.status });
  let body: unknown = undefined;
  if (request.method === "POST") {
    const text = await request.text();
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      return Response.json({ error: { type: "invalid_request_error", message: "Invalid JSON body." } }, { status: 400 });
    }
  }
  const result = await run(body);
  return Response.json(result.body, { status: result.status, headers: { "cache-control": "no-store" } });
}
