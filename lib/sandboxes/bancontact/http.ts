// HTTP plumbing of the Bancontact sandbox's API: API key, request signature, JSON.
import { db } from "../../db/client";
import { env } from "../../env";
import { bearerToken, sameSecret } from "../http-common";
import { checkMerchantSignature } from "./jws";
import type { ApiResult } from "./service";

const keyMatches = (header: string | null) => sameSecret(bearerToken(header), env().sandbox.bancontactApiKey);

export async function handle(request: Request, run: (body: unknown) => Promise<ApiResult>): Promise<Response> {
  if (!keyMatches(request.headers.get("authorization"))) {
    return Response.json({ code: "UNAUTHORIZED", message: "Invalid API key" }, { status: 401 });
  }
  const text = await request.text();
  const refused = await checkMerchantSignature(await db(), request.headers.get("signature"), new URL(request.url).pathname, text);
  if (refused) return Response.json({ code: "INVALID_SIGNATURE", message: refused }, { status: 401 });
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    return Response.json({ code: "INVALID_INPUT", message: "body is not JSON" }, { status: 400 });
  }
  const result = await run(body);
  if (result.status === 204) return new Response(null, { status: 204 });
  return Response.json(result.body, { status: result.status, headers: { "cache-control": "no-store" } });
}
