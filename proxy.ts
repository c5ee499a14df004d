// Every request: HSTS when served over https (static files too); and, but for static files, a
// fresh nonce and the Content-Security-Policy that carries it (Next reads the nonce from the
// request's copy and puts it on its own scripts). The static security headers come from
// next.config.ts.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

/** Files that run no script of ours: they need no nonce, only HSTS. */
const STATIC_FILE = /^\/(_next\/static|_next\/image|favicon\.ico)(\/|$)/;

export function proxy(request: NextRequest) {
  const e = env();
  const https = servedOverHttps(e.appUrl, e.trustProxy, request.headers.get("x-forwarded-proto"));
  if (STATIC_FILE.test(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
    return response;
  }
  const csp = contentSecurityPolicy({ nonce: newNonce(), https, development: e.nodeEnv === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: ["/:path*"],
};
