"use client";
// Keeps the checkout page current: listens to the server's event stream and re-renders the page
// (without reloading it) when the payment changes; falls back to a slow poll if the stream fails.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

const POLL_MS = 5_000;

export function LiveStatus({ checkoutId, version }: { checkoutId: string; version: string }) {
  const router = useRouter();
  const current = useRef(version);
  useEffect(() => {
    current.current = version;
  }, [version]);

  useEffect(() => {
    let poll: ReturnType<typeof setInterval> | undefined;
    const check = (data: { checkoutStatus: string; payment: { id: string; status: string } | null }) => {
      const v = `${data.checkoutStatus}:${data.payment?.id ?? ""}:${data.payment?.status ?? ""}`;
      if (v !== current.current) router.refresh();
    };
    const source = new EventSource(`/api/checkouts/${checkoutId}/events`);
    source.addEventListener("status", (e) => check(JSON.parse((e as MessageEvent<string>).data)));
    source.onerror = () => {
      if (poll || source.readyState !== EventSource.CLOSED) return;
      poll = setInterval(async () => {
        const res = await fetch(`/api/checkouts/${checkoutId}/status`, { cache: "no-store" }).catch(() => null);
        if (res?.ok) check(await res.json());
      }, POLL_MS);
    };
    return () => {
      source.close();
      if (poll) clearInterval(poll);
    };
  }, [checkoutId, router]);

  return null;
}
