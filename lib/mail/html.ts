// The HTML part of a mail: a plain, inline-styled layout that mail clients render alike. Every
// value is escaped here; callers pass text, never markup.
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export type HtmlBlock =
  | { p: string }
  | { table: { label: string; value: string }[] }
  | { links: { label: string; href: string }[] }
  | { list: string[] };

function block(b: HtmlBlock): string {
  if ("p" in b) return `<p style="margin:0 0 16px">${escapeHtml(b.p)}</p>`;
  if ("list" in b) return `<ul style="margin:0 0 16px">${b.list.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
  if ("links" in b) {
    return `<ul style="margin:0 0 16px;padding-left:20px">${b.links.map((l) => `<li style="margin-bottom:8px"><a href="${escapeHtml(l.href)}" style="color:#1d4ed8">${escapeHtml(l.label)}</a></li>`).join("")}</ul>`;
  }
  const rows = b.table.map((r) => `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0;font-weight:600;vertical-align:top">${escapeHtml(r.label)}</th><td style="padding:4px 0">${escapeHtml(r.value)}</td></tr>`);
  return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${rows.join("")}</table>`;
}

/** A whole HTML document in `lang`, with its title as the first heading. */
export function htmlMail(lang: string, title: string, blocks: HtmlBlock[]): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:Arial,sans-serif;color:#1c1917;line-height:1.5"><h1 style="font-size:20px">${escapeHtml(title)}</h1>${blocks.map(block).join("")}</body></html>`;
}
