// HTTP plumbing of the Worldpay sandbox's API routes: Basic auth, JSON in and out.
import { readJsonBody, replyJson } from "../http-common";
import { authenticate, type ApiResult } from "./service";

/** Next hands route params decoded; a caller that encoded twice still finds its payment. */
export const paymentIdParam = (raw: string) => (raw.includes("%") ? decodeURIComponent(raw) : raw);

export async function handle(request: Request, run: (body: unknown) => Promise<ApiResult>): Promise<Response> {
  const denied = authenticate(request.headers.get("authorization"));
  if (denied) return replyJson(denied);
  const read = await readJsonBody(request, undefined);
  if (!read) return replyJson({ status: 400, body: { errorName: "bodyIsNotJson", message: "The body within the request is not valid json" } });
  return replyJson(await run(read.body));
}
