// The demo shop is a merchant like any other: it talks to the checkout through the public
// merchant API with its own API key, as a merchant's server would.
import "server-only";
import { env } from "../env";

export type ApiCheckout = {
  id: string;
  url: string;
  status: string;
  merchantReference: string;
  amount: number;
  currency: string;
  items: { name: string; quantity: number; unitAmount: number }[] | null;
  payments: { status: string }[];
};

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const e = env();
  const res = await fetch(`${e.appUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${e.demo.apiKey}`, "content-type": "application/json", ...init.headers },
    cache: "no-store",
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

export async function createCheckoutViaApi(body: Record<string, unknown>, idempotencyKey: string) {
  return call("/api/v1/checkouts", { method: "POST", body: JSON.stringify(body), headers: { "idempotency-key": idempotencyKey } });
}

export async function getCheckoutViaApi(id: string) {
  return call(`/api/v1/checkouts/${encodeURIComponent(id)}`);
}

export async function expireCheckoutViaApi(id: string) {
  return call(`/api/v1/checkouts/${encodeURIComponent(id)}/expire`, { method: "POST" });
}
