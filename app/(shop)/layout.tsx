// Demo shop pages: their tab titles name the demo shop.
import type { Metadata } from "next";

export const metadata: Metadata = { title: { default: "Maison Praline", template: "%s · Maison Praline" } };

export default function ShopLayout({ children }: { children: React.ReactNode }) {
  return children;
}
