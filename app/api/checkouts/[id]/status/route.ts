// Shopper status of a checkout, for the slow poll when the live stream is unavailable;
// `?sync=1` first asks the provider (the page does so when a payment's countdown ends).
import { withCheckoutHolder } from "@/lib/access/routes";
import { db } from "@/lib/db/client";
import { json } from "@/lib/api/respond";
import { shopperStatus } from "@/lib/checkouts/shopper-view";
import { syncPayment } from "@/lib/checkouts/sync-payment";
import { getProvider } from "@/lib/providers/registry";

export const GET = withCheckoutHolder("checkout-status", async (request, id) => {
  const prisma = await db();
  const before = await shopperStatus(prisma, id);
  if (before?.payment && new URL(request.url).searchParams.get("sync") === "1") {
    await syncPayment(prisma, getProvider, id, before.payment.id, "poll").catch(() => undefined);
  }
  const status = await shopperStatus(prisma, id);
  if (!status) return json({ error: { code: "not_found", message: "checkout not found" } }, 404);
  return json(status, 200);
});
