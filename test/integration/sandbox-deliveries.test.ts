// The sandboxes' webhook sender: retries up to three times until the receiver accepts.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliver } from "@/lib/sandboxes/deliveries";

let answers: number[] = [];
let received = 0;
const server = createServer((_req, res) => {
  received++;
  res.statusCode = answers.shift() ?? 200;
  res.end("{}");
});
let url = "";

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function record(id: string) {
  return (await db()).sandboxWebhookDelivery.create({ data: { id, provider: "bancontact", url, body: "{}", headers: {} } });
}
const opts = { headers: () => ({ "content-type": "application/json" }), accepted: (s: number) => s === 200, retryDelaysMs: [30, 30, 30] };
const settle = () => new Promise((r) => setTimeout(r, 400));

describe("sandbox webhook delivery", () => {
  it("retries until the receiver answers 200", async () => {
    answers = [500, 503];
    received = 0;
    await record("cbk_retry");
    expect(await deliver(await db(), "cbk_retry", opts)).toBe(false);
    await settle();
    const d = await (await db()).sandboxWebhookDelivery.findUniqueOrThrow({ where: { id: "cbk_retry" } });
    expect(received).toBe(3);
    expect(d.attempts).toBe(3);
    expect(d.deliveredAt).not.toBeNull();
  });

  it("gives up after three retries", async () => {
    answers = [500, 500, 500, 500, 500, 500];
    received = 0;
    await record("cbk_down");
    await deliver(await db(), "cbk_down", opts);
    await settle();
    const d = await (await db()).sandboxWebhookDelivery.findUniqueOrThrow({ where: { id: "cbk_down" } });
    expect(received).toBe(4);
    expect(d.deliveredAt).toBeNull();
    expect(d.lastStatus).toBe(500);
  });
});
