// Live status of a checkout as server-sent events: the current status on connect, then each change.
import { withCheckoutHolder } from "@/lib/access/routes";
import { db } from "@/lib/db/client";
import { json } from "@/lib/api/respond";
import { shopperStatus } from "@/lib/checkouts/shopper-view";
import { onCheckoutChanged } from "@/lib/live/bus";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;

export const GET = withCheckoutHolder("checkout-events", async (request, id) => {
  const prisma = await db();
  const first = await shopperStatus(prisma, id);
  if (!first) return json({ error: { code: "not_found", message: "checkout not found" } }, 404);
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (chunk: string) => {
        if (!closed) controller.enqueue(encoder.encode(chunk));
      };
      const push = async () => {
        const status = await shopperStatus(prisma, id).catch(() => null);
        if (status) send(`event: status\ndata: ${JSON.stringify(status)}\n\n`);
      };
      send(`retry: 2000\nevent: status\ndata: ${JSON.stringify(first)}\n\n`);
      const off = onCheckoutChanged(id, () => void push());
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        off();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", cleanup);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { "content-type": "text/event-stream", "cache-control": "no-store, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
});
