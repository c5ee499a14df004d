// The demo shop (Maison Praline) exists only with demo data on: a live install serves no shop of
// its own, and none of the demo shop's pages or actions answer there.
import { notFound } from "next/navigation";
import { env } from "../env";

export const demoShopOn = (): boolean => env().demoData;

/** For the demo shop's pages: the 404 page when demo data is off. */
export function requireDemoShop(): void {
  if (!demoShopOn()) notFound();
}
