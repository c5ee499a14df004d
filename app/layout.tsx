// Root layout: the page language comes from the shopper's choice or browser.
import type { Metadata } from "next";
import "./globals.css";
import { getI18n } from "@/lib/i18n/server";

export const metadata: Metadata = {
  // Pages name their merchant themselves: the checkout its merchant, the demo shop its shop.
  title: { default: "Bancontact checkout", template: "%s" },
  description: "Merchant-hosted Bancontact checkout",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, m } = await getI18n();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
          {m.common.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
