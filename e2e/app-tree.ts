// The app's pages, route methods and server actions, read from the file tree (app/), so that
// tests over "everything" include what is added later.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type AppEntry =
  | { kind: "page"; path: string; file: string }
  | { kind: "route"; path: string; file: string; method: string }
  | { kind: "action"; path: string; file: string; name: string };

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.posix.join(dir, d.name);
    return d.isDirectory() ? walk(p) : [p];
  });
}

/** The URL path of a page or route file: route groups dropped, dynamic segments kept as [x]. */
const urlPath = (file: string) =>
  file
    .replace(/^app/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\/(page\.tsx|route\.ts)$/, "") || "/";

const isServerActions = (source: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source);

function routeMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) found.add(part.trim().split(/\s+as\s+/).pop()!.trim());
  }
  return [...found].filter((x) => METHODS.includes(x)).sort();
}

function sourceFiles(): string[] {
  return walk("app").filter((f) => /\.(ts|tsx)$/.test(f)).sort();
}

export function appEntries(): AppEntry[] {
  return sourceFiles().flatMap((file): AppEntry[] => {
    const source = readFileSync(file, "utf8");
    if (file.endsWith("/page.tsx")) return [{ kind: "page", path: urlPath(file), file }];
    if (file.endsWith("/route.ts")) return routeMethods(source).map((method) => ({ kind: "route", path: urlPath(file), file, method }));
    if (isServerActions(source)) {
      return [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => ({ kind: "action", path: "", file, name: m[1]! }));
    }
    return [];
  });
}

/** Page, route and action files that do not call the access module. */
/** Files that import nothing from lib/access, or import from it without calling what they import. */
export function sourcesWithoutAccessCall(): string[] {
  const files = [...new Set(appEntries().map((e) => e.file))];
  return files.filter((f) => {
    const source = readFileSync(f, "utf8");
    const names = [...source.matchAll(/import \{([^}]+)\} from "@\/lib\/access\/[^"]+"/g)].flatMap((m) => m[1]!.split(",").map((n) => n.trim().split(/\s+as\s+/).pop()!));
    // A call, with or without type arguments: withSandbox(…), withApiKey<{ id: string }>(…).
    return !names.some((name) => new RegExp(`\\b${name}\\s*(<[^()]*?>)?\\s*\\(`).test(source));
  });
}
