// HTTP plumbing of the WooshPay sandbox's API routes: key check, JSON in and out.
import { readJsonBody, replyJson } from "../http-common";
import { authenticate, type ApiResult } from "./service";

export async function handle(request: Request, run: (body: unknown) => Promise<ApiResult>): Promise<Response> {
  const denied = authenticate(request.headers.get("authorization"));
  if (denied) return replyJson(denied);
  const read = await readJsonBody(request, {});
  if (!read) return replyJson({ status: 400, body: { error: { type: "invalid_request_error", message: "Invalid JSON body." } } });
  return replyJson(await run(read.body));
}
