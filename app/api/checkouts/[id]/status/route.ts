// Shopper status of a checkout, for the slow poll when the live stream is unavailable.
import { db } from "@/lib/db/client";
import { json } from "@/lib/api/respond";
import { shopperStatus } from "@/lib/checkouts/shopper-view";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const status = await shopperStatus(await db(), (await params).id);
  if (!status) return json({ error: { code: "not_found", message: "checkout not found" } }, 404);
  return json(status, 200);
}
