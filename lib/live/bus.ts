// In-process notifications that a checkout changed, for the shopper's live status stream.
// One process only; a later change can fan these out across instances (LISTEN/NOTIFY).
import { EventEmitter } from "node:events";

const g = globalThis as unknown as { __bcBus?: EventEmitter };
const bus = (g.__bcBus ??= new EventEmitter().setMaxListeners(0));

export function publishCheckoutChanged(checkoutId: string): void {
  bus.emit(`checkout:${checkoutId}`);
}

export function onCheckoutChanged(checkoutId: string, listener: () => void): () => void {
  const name = `checkout:${checkoutId}`;
  bus.on(name, listener);
  return () => bus.off(name, listener);
}
