"use client";
// Time left until the payment expires. At zero it asks the server to check with the provider,
// so the page turns to "expired" even if no callback comes.
import { useEffect, useState } from "react";
import { clock } from "@/lib/checkouts/clock";

function left(until: number): number {
  return Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

export function Countdown({ checkoutId, expiresAt, template }: { checkoutId: string; expiresAt: string; template: string }) {
  const until = Date.parse(expiresAt);
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(() => {
    let synced = false;
    const tick = () => {
      const s = left(until);
      setSeconds(s);
      if (s === 0 && !synced) {
        synced = true;
        void fetch(`/api/checkouts/${checkoutId}/status?sync=1`, { cache: "no-store" });
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [checkoutId, until]);
  if (seconds === null) return null;
  const text = clock(seconds);
  return (
    <p className="text-sm text-stone-700" data-testid="countdown">
      <time dateTime={expiresAt}>{template.replace("{time}", text)}</time>
    </p>
  );
}
