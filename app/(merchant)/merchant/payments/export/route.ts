// Back office (staff only): the payments list's current filter as a CSV file, streamed.
import { withStaff } from "@/lib/access/routes";
import { errorResponse } from "@/lib/api/respond";
import { exportPaymentsCsv } from "@/lib/backoffice/export-payments";
import { parsePaymentQuery } from "@/lib/backoffice/payment-query";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (request, staff) => {
  const parsed = parsePaymentQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(new AppError("invalid_request", `invalid ${parsed.errors.map((e) => e.field).join(", ")}`, parsed.errors));
  const query = { ...parsed.query, after: undefined };
  const day = new Date().toISOString().slice(0, 10);
  return new Response(exportPaymentsCsv(await db(), staff.merchantId, query), {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="payments-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
