// The page a refused receipt link leads to: why it was refused and what to do, 403 (410 when it expired).
import { openRoute } from "@/lib/access/routes";
import { negotiateLocale, LOCALE_COOKIE } from "@/lib/i18n/negotiate";
import { refusedLinkHtml, RefusedQuerySchema, refusedStatus } from "@/lib/receipts/refused-link";

function cookie(request: Request, name: string): string | undefined {
  const found = (request.headers.get("cookie") ?? "").split(/;\s*/).find((c) => c.startsWith(`${name}=`));
  return found?.slice(name.length + 1);
}

export const GET = openRoute(async (request: Request) => {
  const q = RefusedQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const locale = negotiateLocale(cookie(request, LOCALE_COOKIE), request.headers.get("accept-language"));
  return new Response(refusedLinkHtml(q, locale), {
    status: refusedStatus(q),
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
});
