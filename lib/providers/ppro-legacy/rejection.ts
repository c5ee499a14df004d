// What a refusal of the TRANSACTION API means. PPRO's ERRMSG is free text whose wording we do not
// control (and our sandbox's sentence is not PPRO's), so "the card's link can no longer be used"
// is read from what the refusal is about rather than from one phrasing: on a WIP request, a
// refusal whose subject is the card token (the parameter specin.cardtoken, named in ERRMSG) means
// the link is unusable, whatever it says about it; the older signal (the words "token" and
// "expired") still counts. A missing token is our own mistake, not the link's.
export type RefusalCode = "link_unusable" | "request_failed";
export type Refusal = { code: RefusalCode; field?: string };

const CARD_TOKEN = "specin.cardtoken";

/** The parameter ERRMSG says it is about ("Invalid parameter amount: …", "Parameter 'currency' …"). */
function namedParameter(errmsg: string): string | undefined {
  return /\b(?:parameter|field)\s+'?([a-z][a-z0-9.]*)/i.exec(errmsg)?.[1]?.toLowerCase();
}

export function classifyRefusal(errmsg: string, request: { wip: boolean }): Refusal {
  const field = namedParameter(errmsg);
  const missing = /\bmissing\b/i.test(errmsg);
  const aboutToken = field === CARD_TOKEN || new RegExp(`\\b${CARD_TOKEN.replace(".", "\\.")}\\b`, "i").test(errmsg);
  const tokenWords = /token/i.test(errmsg) && /expired/i.test(errmsg);
  if ((request.wip && aboutToken && !missing) || tokenWords) return { code: "link_unusable", field: CARD_TOKEN };
  return { code: "request_failed", ...(field ? { field } : {}) };
}
