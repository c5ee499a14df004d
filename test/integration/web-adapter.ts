// Lets a node:http test server hand requests to Next route handlers: a web Request in, the
// handler's Response written back.
import type { IncomingMessage, ServerResponse } from "node:http";

export async function toWebRequest(req: IncomingMessage, base: string): Promise<{ request: Request; url: URL; body: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const url = new URL(req.url ?? "/", base);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
  const hasBody = body.length > 0 && req.method !== "GET" && req.method !== "HEAD";
  return { request: new Request(url, { method: req.method, headers, body: hasBody ? body : undefined }), url, body };
}

export async function writeWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
