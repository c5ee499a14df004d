// HTTP plumbing of the Worldpay sandbox's API routes: off switch, Basic auth, JSON in and out.
import { sandboxOff } from "../guard";
import { authenticate, type ApiResult } from "./service";

/** Next hands route params decoded; a caller that encoded twice still finds its payment. */
export const paymentIdParam = (raw: string) => (raw.includes("%") ? decodeURIComponent(raw) : raw);

export async function handle(request: Request, run: (body: unknown) => Promise<ApiResult>): Promise<Response> {
  const off = sandboxOff();
  if (off) return off;
  const denied = authenticate(request.headers.get("authorization"));
  if (denied) return Response.json(denied.body, { status: denied.status });
  let body: unknown = undefined;
  if (request.method === "POST") {
    const text = await request.text();
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return Response.json({ errorName: "bodyIsNotJson", message: "The body within the request is not valid json" }, { status: 400 });
    }
  }
  const result = await run(body);
  return Response.json(result.body, { status: result.status, headers: { "cache-control": "no-store" } });
}
