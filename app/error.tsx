"use client";
// A page that failed while rendering: said in the shopper's language, with a retry and a way home.
import { ErrorView } from "@/components/errors/error-view";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView reset={reset} />;
}
