// Who may do what, asked of the running app: every page, route (with each of its methods) and
// server action found in app/ is requested as each principal, and each answer is checked against
// the table below. A page, route or action missing from the table fails the test, so a new one
// cannot be forgotten. Runs two servers of its own on a fresh PostgreSQL database: the sandboxes
// on (the default), and off.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./helpers";
import { appEntries, sourcesWithoutAccessCall, type AppEntry } from "./app-tree";
import { signLink, type LinkPurpose } from "../lib/links/signed-link";

const ON_PORT = E2E_PORT + 2;
const OFF_PORT = E2E_PORT + 3;
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DB_NAME = `bc_access_${randomBytes(5).toString("hex")}`;
const DATABASE_URL = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();
const AUTH_SECRET = "access-matrix-secret-access-matrix-secret";
const DATA_DIR = ".data/e2e-access";

// ---- The people asking ------------------------------------------------------------------------
const PRINCIPALS = ["anonymous", "cardholderA", "cardholderB", "staffX", "staffY", "wrongKey", "keyY"] as const;
type Who = (typeof PRINCIPALS)[number];

const id20 = (prefix: string, seed: string) => `${prefix}_${seed.padEnd(20, "a")}`;
const X = "mer_demo";
const Y = "mer_matrix_y";
const KEY_Y = "bc_matrix_merchant_y_key_0000000000000";
const IDS = {
  staffX: "stf_matrix_x",
  staffY: "stf_matrix_y",
  cardholderA: "chd_matrix_a",
  cardholderB: "chd_matrix_b",
  checkoutX: id20("chk", "matrixx"),
  checkoutY: id20("chk", "matrixy"),
  checkoutExpired: id20("chk", "matrixexpired"),
  unknownCheckout: id20("chk", "matrixunknown"),
  paymentX: id20("pay", "matrixx"),
  paymentY: id20("pay", "matrixy"),
  unknownPayment: id20("pay", "matrixunknown"),
  scheduleX: id20("sch", "matrixx"),
  scheduleY: id20("sch", "matrixy"),
  checkoutWip: id20("chk", "matrixwip"),
  paymentWip: id20("pay", "matrixwip"),
  checkoutPaid: id20("chk", "matrixpaid"),
  paymentPaid: id20("pay", "matrixpaid"),
  schedulePaid: id20("sch", "matrixpaid"),
};
const PAID_ORDER = "Matrix paid order";
const WIP_QR = "BEP://matrix-waiting-charge";
const ORDER_A = "Matrix order of cardholder A at X";
const ORDER_B = "Matrix order of cardholder B at Y";

const cookies: Partial<Record<Who, string>> = {};

// ---- Receipt links: signed with the servers' secret, for the paid payment (A's, by its checkout's email)
const links: Partial<Record<LinkPurpose, string>> = {};
/** Paths name a link as `@purpose` (signed only once the seed ran); `withLinks` puts it in. */
const receiptPath = (page: string, purpose?: LinkPurpose | "tampered") => `/payments/${IDS.paymentPaid}/${page}${purpose ? `?t=@${purpose}` : ""}`;
const withLinks = (path: string) =>
  path.replace(/@(receipt|refund|dispute|stop|tampered)\b/, (_, p: LinkPurpose | "tampered") => (p === "tampered" ? `${links.receipt!.slice(0, -3)}abc` : links[p]!));
const refused = (page: string, reason: string, payment = IDS.paymentPaid): Expect => ({ redirect: `/payments/link-refused?reason=${reason}&page=${page}&payment=${payment}` });
/** A receipt page: its own link lets anyone in, A (whose payment it is) needs none; anyone else is told why not. */
const receiptPage = (page: string, purpose: LinkPurpose, has: string[]): Case[] => [
  { ask: { path: receiptPath(page, purpose) }, on: everyone({ status: 200, has }) },
  { ask: { path: receiptPath(page) }, on: only({ cardholderA: { status: 200, has }, cardholderB: refused(page, "not-yours") }, refused(page, "missing")) },
  { ask: { path: receiptPath(page, "tampered") }, on: only({ cardholderA: { status: 200, has } }, refused(page, "invalid")) },
  { ask: { path: `/payments/${IDS.unknownPayment}/${page}` }, on: only({ cardholderA: refused(page, "not-yours", IDS.unknownPayment), cardholderB: refused(page, "not-yours", IDS.unknownPayment) }, refused(page, "missing", IDS.unknownPayment)) },
  { ask: { path: `/payments/not-an-id/${page}` }, on: everyone(404) },
];

async function sessionCookie(token: Record<string, string>): Promise<string> {
  // The claims lib/auth/options.ts puts in the token, as next-auth encrypts them.
  const jwt = await encode({ token: { sub: token.uid!, ...token }, secret: AUTH_SECRET, maxAge: 3600 });
  return `next-auth.session-token=${jwt}`;
}

function headersOf(who: Who): Record<string, string> {
  const h: Record<string, string> = {};
  const cookie = cookies[who];
  if (cookie) h.cookie = cookie;
  if (who === "wrongKey") h.authorization = "Bearer bc_matrix_not_a_key_00000000000000";
  if (who === "keyY") h.authorization = `Bearer ${KEY_Y}`;
  return h;
}

// ---- What is asked, and what must come back --------------------------------------------------
type Answer = { status: number; location: string | null; actionRedirect: string | null; body: string };
/** An expected answer: a status, a redirect to sign in or elsewhere, or a status with content. */
type Expect = number | "signin" | { redirect: string } | { status: number; has?: string[]; lacks?: string[] };
type Expectations = Expect | Partial<Record<Who, Expect>> & { others?: Expect };
type Ask = { path?: string; body?: Record<string, string> | string; json?: unknown; headers?: Record<string, string>; form?: "urlencoded" };
type Case = { ask: Ask; on: Expectations; off?: Expectations };

const everyone = (e: Expect): Expectations => e;
const only = (who: Partial<Record<Who, Expect>>, others: Expect): Expectations => ({ ...who, others });

function expectationFor(e: Expectations, who: Who): Expect {
  if (typeof e === "number" || typeof e === "string" || "status" in e || "redirect" in e) return e as Expect;
  const own = (e as Partial<Record<Who, Expect>>)[who];
  const fallback = (e as { others?: Expect }).others;
  if (own !== undefined) return own;
  if (fallback === undefined) throw new Error(`no expectation for ${who}`);
  return fallback;
}

const seeded = (path: string) =>
  path
    .replace("/checkout/[id]", `/checkout/${IDS.checkoutX}`)
    .replace("/orders/[ref]", "/orders/MATRIX-1")
    .replace(/\[txid\]/, "100000001")
    .replace(/\[(id|chargeId|paymentId)\]/, "matrix_unknown");

// Sandbox API calls without the sandbox's own credentials; form posts without a form.
const sandboxApi = (method: string): Case => ({ ask: method === "POST" ? { json: {} } : {}, on: everyone(401), off: everyone(404) });
const sandboxForm: Case = { ask: { body: "", form: "urlencoded" }, on: everyone(400), off: everyone(404) };
const sandboxPage = (found = true): Case => ({ ask: {}, on: everyone(found ? 200 : 404), off: everyone(404) });
const webhook: Case = { ask: { body: "" }, on: everyone(400), off: everyone(503) };

/** Every page, route method and server action of the app, and its answers. */
const TABLE: Record<string, Case[]> = {
  // The demo shop and the sign-in pages: anyone.
  // Off (no demo data, as on a live install): the front page is no shop, the shop is not there.
  "page /": [{ ask: {}, on: everyone({ status: 200, has: ["Box of 24 pralines"] }), off: everyone({ status: 200, lacks: ["Box of 24 pralines"] }) }],
  "page /cart": [{ ask: {}, on: everyone(200), off: everyone(404) }],
  "page /orders/[ref]": [{ ask: {}, on: everyone(200), off: everyone(404) }],
  // The checkout's way back to the shop: an order the API does not know is shown as unknown.
  "GET /orders/[ref]/return": [{ ask: {}, on: everyone({ redirect: "/orders/MATRIX-1" }), off: everyone({ redirect: "/" }) }],
  "page /signin": [{ ask: {}, on: everyone(200) }],
  "page /signin/check-email": [{ ask: {}, on: everyone(200) }],
  // The shopper: whoever holds the checkout id, and nobody else.
  "page /checkout/[id]": [
    { ask: { path: `/checkout/${IDS.checkoutX}` }, on: everyone(200) },
    { ask: { path: `/checkout/${IDS.unknownCheckout}` }, on: everyone(404) },
    { ask: { path: "/checkout/not-an-id" }, on: everyone(404) },
  ],
  "page /checkout/[id]/return": [
    { ask: { path: `/checkout/${IDS.checkoutX}/return` }, on: everyone(200) },
    { ask: { path: `/checkout/${IDS.unknownCheckout}/return` }, on: everyone(404) },
  ],
  "GET /api/checkouts/[id]/status": [
    { ask: { path: `/api/checkouts/${IDS.checkoutX}/status` }, on: everyone(200) },
    { ask: { path: `/api/checkouts/${IDS.unknownCheckout}/status` }, on: everyone(404) },
  ],
  "GET /api/checkouts/[id]/events": [
    { ask: { path: `/api/checkouts/${IDS.checkoutX}/events` }, on: everyone(200) },
    { ask: { path: `/api/checkouts/${IDS.unknownCheckout}/events` }, on: everyone(404) },
  ],
  // Cardholders: their own payments only.
  "page /account": [
    {
      ask: {},
      on: only(
        { cardholderA: { status: 200, has: [ORDER_A], lacks: [ORDER_B] }, cardholderB: { status: 200, has: [ORDER_B], lacks: [ORDER_A] } },
        "signin",
      ),
    },
  ],
  // Cardholders: their own cards only.
  "page /account/cards": [
    {
      ask: {},
      on: only(
        { cardholderA: { status: 200, has: ["670999XXXXXX1111"], lacks: ["670999XXXXXX2222"] }, cardholderB: { status: 200, has: ["670999XXXXXX2222"], lacks: ["670999XXXXXX1111"] } },
        "signin",
      ),
    },
  ],
  // Cardholders: adding a card with a merchant that offers it (none does without providers).
  "page /account/cards/add": [
    {
      ask: { path: `/account/cards/add?merchant=${X}` },
      on: only({ cardholderA: { status: 200, has: ["Continue to Bancontact"] }, cardholderB: { status: 200, has: ["Continue to Bancontact"] } }, "signin"),
      off: only({ cardholderA: { redirect: "/account/cards?error=not_offered" }, cardholderB: { redirect: "/account/cards?error=not_offered" } }, "signin"),
    },
  ],
  // Cardholders: replacing their own card only; someone else's is not among theirs.
  "page /account/cards/[id]/replace": [
    {
      ask: { path: "/account/cards/card_matrix_a/replace" },
      on: only({ cardholderA: { status: 200, has: ["670999XXXXXX1111"] }, cardholderB: { redirect: "/account/cards?error=not_found" } }, "signin"),
      off: only({ cardholderA: { redirect: "/account/cards?error=not_offered" }, cardholderB: { redirect: "/account/cards?error=not_found" } }, "signin"),
    },
  ],
  // Cardholders: a charge on their own card only (another's, or none, is 404); anyone else signs
  // in and is brought back.
  "page /account/charges/[paymentId]": [
    {
      ask: { path: `/account/charges/${IDS.paymentWip}` },
      on: only({ cardholderA: { status: 200, has: [WIP_QR, "Matrix waiting charge"] }, cardholderB: 404 }, "signin"),
    },
    { ask: { path: `/account/charges/${IDS.unknownPayment}` }, on: only({ cardholderA: 404, cardholderB: 404 }, "signin") },
    { ask: { path: "/account/charges/not-an-id" }, on: only({ cardholderA: 404, cardholderB: 404 }, "signin") },
  ],
  // Receipts and the cardholder's requests: the receipt's link for that page and payment, or A
  // signed in; a link for another page is refused as such.
  "page /payments/[paymentId]/receipt": [
    ...receiptPage("receipt", "receipt", [PAID_ORDER, IDS.paymentPaid]),
    { ask: { path: receiptPath("receipt", "refund") }, on: only({ cardholderA: { status: 200, has: [PAID_ORDER] } }, refused("receipt", "wrong-purpose")) },
  ],
  "page /payments/[paymentId]/refund": receiptPage("refund", "refund", ["Request a refund", "€15.00"]),
  "page /payments/[paymentId]/dispute": receiptPage("dispute", "dispute", ["Dispute this payment"]),
  "page /payments/[paymentId]/stop": receiptPage("stop", "stop", ["Stop future payments", "Matrix paid schedule", "and remove the saved card"]),
  // The progress page takes any of the payment's links.
  "page /payments/[paymentId]/requests": [
    ...receiptPage("requests", "receipt", ["Your requests"]),
    { ask: { path: receiptPath("requests", "dispute") }, on: everyone({ status: 200, has: ["Your requests"] }) },
  ],
  // Why a link was refused: 410 for an expired one, 403 otherwise, for anyone.
  "GET /payments/link-refused": [
    { ask: { path: `/payments/link-refused?reason=invalid&page=receipt&payment=${IDS.paymentPaid}` }, on: everyone({ status: 403, has: ["not valid"] }), off: everyone(403) },
    { ask: { path: "/payments/link-refused?reason=expired&page=refund" }, on: everyone({ status: 410, has: ["expired"] }), off: everyone(410) },
  ],
  // Staff: their own merchant's back office only.
  "page /merchant": [
    {
      ask: {},
      on: only(
        { staffX: { status: 200, has: [IDS.paymentX], lacks: [IDS.paymentY] }, staffY: { status: 200, has: [IDS.paymentY], lacks: [IDS.paymentX] } },
        "signin",
      ),
    },
    {
      ask: { path: `/merchant?q=${IDS.paymentY}` },
      on: only({ staffX: { status: 200, has: ["No payment matches."], lacks: [`REF-${IDS.checkoutY}`] }, staffY: { status: 200, has: [`REF-${IDS.checkoutY}`] } }, "signin"),
    },
    { ask: { path: "/merchant?state=NOPE&from=tomorrow" }, on: only({ staffX: { status: 200, has: ["This search cannot be read"] }, staffY: { status: 200, has: ["This search cannot be read"] } }, "signin") },
  ],
  // Staff: the payments list's search, and its CSV export, see only their merchant's payments;
  // a bad filter is refused naming the field.
  "GET /merchant/payments/export": [
    {
      ask: {},
      on: only(
        { staffX: { status: 200, has: ["payment_id,created_at", IDS.paymentX], lacks: [IDS.paymentY] }, staffY: { status: 200, has: [IDS.paymentY], lacks: [IDS.paymentX] } },
        401,
      ),
    },
    { ask: { path: "/merchant/payments/export?provider=paypal" }, on: only({ staffX: { status: 400, has: ["provider"] }, staffY: { status: 400, has: ["provider"] } }, 401) },
  ],
  // Staff: their merchant's cardholder requests only.
  "page /merchant/requests": [
    {
      ask: {},
      on: only(
        { staffX: { status: 200, has: ["Matrix request at X"], lacks: ["Matrix request at Y"] }, staffY: { status: 200, has: ["Matrix request at Y"], lacks: ["Matrix request at X"] } },
        "signin",
      ),
    },
  ],
  // Staff: one of their merchant's payments; another merchant's is not found.
  "page /merchant/payments/[id]": [
    {
      ask: { path: `/merchant/payments/${IDS.paymentX}` },
      on: only({ staffX: { status: 200, has: [IDS.paymentX, `REF-${IDS.checkoutX}`, "Timeline"] }, staffY: 404 }, "signin"),
    },
    { ask: { path: `/merchant/payments/${IDS.paymentY}` }, on: only({ staffX: 404, staffY: { status: 200, has: [IDS.paymentY] } }, "signin") },
    { ask: { path: `/merchant/payments/${IDS.unknownPayment}` }, on: only({ staffX: 404, staffY: 404 }, "signin") },
  ],
  // Staff: the overview of their own merchant's payments; a bad period is said on the page.
  "page /merchant/overview": [
    { ask: { path: "/merchant/overview?period=week" }, on: only({ staffX: { status: 200, has: ["Amounts per day"] }, staffY: { status: 200, has: ["Amounts per day"] } }, "signin") },
    { ask: { path: "/merchant/overview?period=month" }, on: only({ staffX: { status: 200, has: ["This period cannot be read"] }, staffY: { status: 200, has: ["This period cannot be read"] } }, "signin") },
  ],
  "page /merchant/settings": [{ ask: {}, on: only({ staffX: 200, staffY: 200 }, "signin") }],
  "page /merchant/terms": [{ ask: {}, on: only({ staffX: 200, staffY: 200 }, "signin") }],
  "page /merchant/cards": [
    {
      ask: {},
      on: only(
        {
          staffX: { status: 200, has: ["670999XXXXXX1111", "Matrix schedule X"], lacks: ["670999XXXXXX2222", "Matrix schedule Y"] },
          staffY: { status: 200, has: ["670999XXXXXX2222", "Matrix schedule Y"], lacks: ["670999XXXXXX1111", "Matrix schedule X"] },
        },
        "signin",
      ),
    },
  ],
  // The merchant API: a live key, on its own merchant's objects.
  "POST /api/v1/checkouts": [{ ask: { json: {}, headers: { "idempotency-key": "matrix-1" } }, on: only({ keyY: 400 }, 401) }],
  "GET /api/v1/checkouts/[id]": [
    { ask: { path: `/api/v1/checkouts/${IDS.checkoutY}` }, on: only({ keyY: { status: 200, has: [IDS.paymentY] } }, 401) },
    { ask: { path: `/api/v1/checkouts/${IDS.checkoutX}` }, on: only({ keyY: 404 }, 401) },
  ],
  "POST /api/v1/checkouts/[id]/expire": [{ ask: { path: `/api/v1/checkouts/${IDS.checkoutX}/expire` }, on: only({ keyY: 404 }, 401) }],
  "GET /api/v1/payments/[id]": [
    { ask: { path: `/api/v1/payments/${IDS.paymentY}` }, on: only({ keyY: { status: 200, has: [IDS.paymentY] } }, 401) },
    { ask: { path: `/api/v1/payments/${IDS.paymentX}` }, on: only({ keyY: 404 }, 401) },
  ],
  "POST /api/v1/payments/[id]/refunds": [
    // Nothing was captured: refused by the refund rules, after access was granted.
    { ask: { path: `/api/v1/payments/${IDS.paymentY}/refunds`, json: {}, headers: { "idempotency-key": "matrix-r1" } }, on: only({ keyY: 422 }, 401) },
    { ask: { path: `/api/v1/payments/${IDS.paymentX}/refunds`, json: {}, headers: { "idempotency-key": "matrix-r2" } }, on: only({ keyY: 404 }, 401) },
  ],
  // Linked cards and schedules: the key's own merchant's only; another's are 404.
  "GET /api/v1/linked-cards": [{ ask: {}, on: only({ keyY: { status: 200, has: ["card_matrix_b", "bob@matrix.test"], lacks: ["card_matrix_a", "ann@matrix.test"] } }, 401) }],
  "POST /api/v1/linked-cards/[id]/charges": [
    { ask: { path: "/api/v1/linked-cards/card_matrix_a/charges", json: { amount: 100, currency: "EUR", description: "m", reference: "m" }, headers: { "idempotency-key": "matrix-c1" } }, on: only({ keyY: 404 }, 401) },
    { ask: { path: "/api/v1/linked-cards/card_matrix_b/charges", json: {}, headers: { "idempotency-key": "matrix-c2" } }, on: only({ keyY: 400 }, 401) },
  ],
  "GET /api/v1/schedules/[id]": [
    { ask: { path: `/api/v1/schedules/${IDS.scheduleY}` }, on: only({ keyY: { status: 200, has: [IDS.scheduleY, "Matrix schedule Y"] } }, 401) },
    { ask: { path: `/api/v1/schedules/${IDS.scheduleX}` }, on: only({ keyY: 404 }, 401) },
  ],
  "DELETE /api/v1/schedules/[id]": [
    { ask: { path: `/api/v1/schedules/${IDS.scheduleX}` }, on: only({ keyY: 404 }, 401) },
    { ask: { path: `/api/v1/schedules/${IDS.scheduleY}` }, on: only({ keyY: { status: 200, has: ["STOPPED", "merchant"] } }, 401) },
  ],
  // Sign-in itself: anyone.
  "GET /api/auth/[...nextauth]": [{ ask: { path: "/api/auth/providers" }, on: everyone(200), off: everyone(200) }],
  "POST /api/auth/[...nextauth]": [{ ask: { path: "/api/auth/signout", body: "", form: "urlencoded" }, on: everyone(302), off: everyone(302) }],
  // Provider webhooks: the signature is the authentication (an empty body is refused by it);
  // a provider that is not configured is 503.
  "POST /api/webhooks/bancontact": [webhook],
  "POST /api/webhooks/ppro": [webhook],
  "POST /api/webhooks/ppro-legacy": [webhook],
  "POST /api/webhooks/wooshpay": [webhook],
  "POST /api/webhooks/worldpay": [webhook],
  // The sandboxes: anyone while they are on (each API checks its provider's own credentials,
  // which none of these principals holds), 404 when off.
  "page /sandbox": [sandboxPage()],
  "page /sandbox/mailbox": [sandboxPage()],
  "page /sandbox/bancontact": [sandboxPage()],
  "page /sandbox/bancontact/app": [sandboxPage()],
  "page /sandbox/bancontact/app/pay/2/[id]": [sandboxPage(false)],
  "page /sandbox/ppro-legacy": [sandboxPage()],
  "page /sandbox/ppro-legacy/app/[txid]": [sandboxPage(false)],
  "page /sandbox/ppro-legacy/pay/[txid]": [sandboxPage(false)],
  "page /sandbox/ppro/app/[chargeId]": [sandboxPage(false)],
  "page /sandbox/ppro/pay/[chargeId]": [sandboxPage(false)],
  "page /sandbox/wooshpay": [sandboxPage()],
  "page /sandbox/wooshpay/authorize/[id]": [sandboxPage(false)],
  "page /sandbox/worldpay": [sandboxPage()],
  "page /sandbox/worldpay/pay/[id]": [sandboxPage(false)],
  "GET /sandbox/bancontact/jwks": [{ ask: {}, on: everyone(200), off: everyone(404) }],
  "POST /sandbox/bancontact/settings": [sandboxForm],
  "POST /sandbox/bancontact/app/pay/2/[id]/action": [sandboxForm],
  "POST /sandbox/bancontact/v3/payments": [sandboxApi("POST")],
  "GET /sandbox/bancontact/v3/payments/[id]": [sandboxApi("GET")],
  "DELETE /sandbox/bancontact/v3/payments/[id]": [sandboxApi("DELETE")],
  "POST /sandbox/bancontact/v3/payments/[id]/refunds": [sandboxApi("POST")],
  // The TRANSACTION API answers every call with HTTP 200 and its own error codes in the body.
  "POST /sandbox/ppro-legacy/transaction": [{ ask: { body: "", form: "urlencoded" }, on: everyone(200), off: everyone(404) }],
  "POST /sandbox/ppro-legacy/clock": [sandboxForm],
  // The app's schedules as if it were another day: a sandbox control, absent when the sandboxes are off.
  "POST /sandbox/schedules": [sandboxForm],
  // The sandboxes' fault switch: a sandbox control, absent when the sandboxes are off; an unknown provider is refused by name.
  "POST /sandbox/faults": [sandboxForm, { ask: { json: { provider: "nope", fault: "none" } }, on: everyone(400), off: everyone(404) }],
  "POST /sandbox/ppro-legacy/pay/[txid]/decide": [sandboxForm],
  "POST /sandbox/ppro/app/[chargeId]/decide": [sandboxForm],
  "POST /sandbox/ppro/pay/[chargeId]/decide": [sandboxForm],
  "POST /sandbox/ppro/v1/payment-agreements": [sandboxApi("POST")],
  "GET /sandbox/ppro/v1/payment-agreements/[id]": [sandboxApi("GET")],
  "POST /sandbox/ppro/v1/payment-agreements/[id]/payment-charges": [sandboxApi("POST")],
  "POST /sandbox/ppro/v1/payment-agreements/[id]/revoke": [sandboxApi("POST")],
  "GET /sandbox/ppro/v1/payment-charges/[id]": [sandboxApi("GET")],
  "POST /sandbox/ppro/v1/payment-charges/[id]/refunds": [sandboxApi("POST")],
  "POST /sandbox/ppro/v1/payment-charges/[id]/voids": [sandboxApi("POST")],
  "POST /sandbox/wooshpay/authorize/[id]/decide": [sandboxForm],
  "POST /sandbox/wooshpay/settle": [sandboxForm],
  "POST /sandbox/wooshpay/v1/payment_intents": [sandboxApi("POST")],
  "GET /sandbox/wooshpay/v1/payment_intents/[id]": [sandboxApi("GET")],
  "POST /sandbox/wooshpay/v1/payment_intents/[id]/cancel": [sandboxApi("POST")],
  "POST /sandbox/wooshpay/v1/refunds": [sandboxApi("POST")],
  "POST /sandbox/worldpay/apmPayments": [sandboxApi("POST")],
  "GET /sandbox/worldpay/apmPayments/[paymentId]": [sandboxApi("GET")],
  "POST /sandbox/worldpay/apmPayments/[paymentId]/partialReversals": [sandboxApi("POST")],
  "POST /sandbox/worldpay/apmPayments/[paymentId]/reversals": [sandboxApi("POST")],
  "POST /sandbox/worldpay/pay/[id]/decide": [sandboxForm],
  // Server actions, called as Next calls them. The shop and the language switch: anyone.
  "action app/actions/locale.ts#setLocale": [{ ask: { body: { locale: "nl" } }, on: everyone(200) }],
  "action app/(shop)/actions.ts#addToCart": [{ ask: { body: { slug: "pralines" } }, on: everyone(200), off: everyone({ redirect: "/" }) }],
  "action app/(shop)/actions.ts#changeQuantity": [{ ask: { body: { slug: "pralines", quantity: "0" } }, on: everyone(200), off: everyone({ redirect: "/" }) }],
  "action app/(shop)/actions.ts#checkoutCart": [{ ask: { body: { email: "" } }, on: everyone({ status: 200, has: ["empty"] }), off: everyone({ redirect: "/" }) }],
  // Staff: an empty routing form is refused by the form's rule, which only staff get to see.
  "action app/(merchant)/merchant/settings/routing-actions.ts#saveRoutingAction": [
    { ask: { body: {} }, on: only({ staffX: { redirect: "/merchant/settings?routing=invalid" }, staffY: { redirect: "/merchant/settings?routing=invalid" } }, "signin") },
  ],
  // Staff: an empty brand is refused field by field, which only staff get to see.
  "action app/(merchant)/merchant/settings/brand-actions.ts#saveBrandAction": [
    { ask: { body: {} }, on: only({ staffX: { status: 200, has: ["fieldErrors"] }, staffY: { status: 200, has: ["fieldErrors"] } }, "signin") },
  ],
  // Staff: an empty WIP maximum is refused by the form's rule, which only staff get to see.
  "action app/(merchant)/merchant/settings/wip-actions.ts#saveWipMaxAction": [
    { ask: { body: {} }, on: only({ staffX: { status: 200, has: ["invalid"] }, staffY: { status: 200, has: ["invalid"] } }, "signin") },
  ],
  // Staff: too short a text is refused by the form's rule, which only staff get to see.
  "action app/(merchant)/merchant/terms/actions.ts#saveTermsAction": [
    { ask: { body: { text: "short" } }, on: only({ staffX: { status: 200, has: ["fieldErrors"] }, staffY: { status: 200, has: ["fieldErrors"] } }, "signin") },
  ],
  // Staff: an empty charge is refused field by field, which only staff get to see.
  "action app/(merchant)/merchant/cards/actions.ts#chargeCardAction": [
    { ask: { body: {} }, on: only({ staffX: { status: 200, has: ["fields"] }, staffY: { status: 200, has: ["fields"] } }, "signin") },
  ],
  // Staff: answering a request of another merchant is "not found"; their own is asked of the
  // answer's rules (a refund request takes no dispute answer), and nothing changes.
  "action app/(merchant)/merchant/requests/actions.ts#answerRequestAction": [
    {
      ask: { body: { decision: "answer", requestId: "req_matrix_y", answer: "Matrix answer" } },
      on: only({ staffX: { status: 200, has: ["not_found"] }, staffY: { status: 200, has: ["decision"], lacks: ["not_found"] } }, "signin"),
    },
  ],
  // Staff: refunding their merchant's payment is asked of the refund rules (this one is not paid);
  // another merchant's payment is not found.
  "action app/(merchant)/merchant/payments/[id]/actions.ts#refundAction": [
    {
      ask: { body: { paymentId: IDS.paymentX, amount: "1", reason: "" } },
      on: only({ staffX: { status: 200, has: ["payment_not_paid"] }, staffY: { status: 200, has: ["not_found"], lacks: ["payment_not_paid"] } }, "signin"),
    },
  ],
  // Staff: only their merchant's schedules; X's is stopped by X's staff, not found for Y's.
  "action app/(merchant)/merchant/cards/actions.ts#stopScheduleAction": [
    { ask: { body: { scheduleId: IDS.scheduleX } }, on: only({ staffX: { redirect: "/merchant/cards?stopped=1" }, staffY: { redirect: "/merchant/cards?error=not_found" } }, "signin") },
  ],
  // Cardholders: only their own cards; someone else's, or an unknown one, is not among them.
  "action app/(account)/account/cards/actions.ts#deleteCardAction": [
    {
      ask: { body: { cardId: "card_matrixunknownaaaaaaa" } },
      on: only({ cardholderA: { redirect: "/account/cards?error=not_found" }, cardholderB: { redirect: "/account/cards?error=not_found" } }, "signin"),
    },
  ],
  // Cardholders: a card or a shop that is not theirs to link with is refused by the card rules.
  "action app/(account)/account/cards/actions.ts#startCardLinkAction": [
    {
      ask: { body: { replacesCardId: "card_matrixunknownaaaaaaa" } },
      on: only(
        { cardholderA: { redirect: "/account/cards/card_matrixunknownaaaaaaa/replace?error=not_found" }, cardholderB: { redirect: "/account/cards/card_matrixunknownaaaaaaa/replace?error=not_found" } },
        "signin",
      ),
    },
    {
      ask: { body: { merchantId: "mer_matrix_nowhere" } },
      on: only(
        { cardholderA: { redirect: "/account/cards/add?merchant=mer_matrix_nowhere&error=payment_not_allowed" }, cardholderB: { redirect: "/account/cards/add?merchant=mer_matrix_nowhere&error=payment_not_allowed" } },
        "signin",
      ),
    },
  ],
  // Cardholders: only the schedules on their own cards.
  "action app/(account)/account/cards/actions.ts#stopScheduleAction": [
    {
      ask: { body: { scheduleId: "sch_matrix_b" } },
      on: only({ cardholderA: { redirect: "/account/cards?error=schedule_not_found" }, cardholderB: { redirect: "/account/cards?stopped=1" } }, "signin"),
    },
  ],
  // Staff: an empty amount is refused by name, which only staff get to see.
  "action app/(merchant)/merchant/settings/linking-actions.ts#saveLinkingAction": [
    { ask: { body: {} }, on: only({ staffX: { status: 200, has: ["not_amount"] }, staffY: { status: 200, has: ["not_amount"] } }, "signin") },
  ],
  // Cardholders: accepting a merchant's new terms; an unknown merchant or version changes nothing.
  "action app/(account)/account/cards/actions.ts#acceptTermsAction": [
    {
      ask: { body: { merchantId: "mer_matrixunknown", termsId: "wtm_matrixunknown" } },
      on: only({ cardholderA: { redirect: "/account/cards?error=terms_changed" }, cardholderB: { redirect: "/account/cards?error=terms_changed" } }, "signin"),
    },
  ],
  // A request about a payment: A (whose payment it is) gets past the check to the form's rules;
  // without a link anyone else is told why not.
  "action app/(receipts)/payments/[paymentId]/actions.ts#sendRequestAction": [
    {
      ask: { body: { kind: "dispute", paymentId: IDS.paymentPaid, reason: "bogus", message: "" } },
      on: only({ cardholderA: { redirect: `/payments/${IDS.paymentPaid}/dispute?error=reason` }, cardholderB: refused("dispute", "not-yours") }, refused("dispute", "missing")),
    },
  ],
  // The shopper holding the checkout id: past the check, the checkout's own rules answer.
  "action app/(checkout)/checkout/actions.ts#startPaymentAction": [
    { ask: { body: { checkoutId: IDS.checkoutExpired, provider: "wooshpay" } }, on: everyone({ redirect: `/checkout/${IDS.checkoutExpired}?error=payment_not_allowed` }) },
    { ask: { body: { checkoutId: IDS.unknownCheckout, provider: "wooshpay" } }, on: everyone({ redirect: "/" }) },
    // Saving a card: only a signed-in cardholder gets past; anyone else is asked to sign in first.
    {
      ask: { body: { checkoutId: IDS.checkoutExpired, provider: "ppro-legacy", save: "on" } },
      on: only(
        { cardholderA: { redirect: `/checkout/${IDS.checkoutExpired}?error=payment_not_allowed` }, cardholderB: { redirect: `/checkout/${IDS.checkoutExpired}?error=payment_not_allowed` } },
        "signin",
      ),
    },
  ],
  // One click: the checkout's holder who is signed in as a cardholder, with a card of their own.
  "action app/(checkout)/checkout/actions.ts#oneClickPayAction": [
    { ask: { body: { checkoutId: IDS.unknownCheckout, cardId: "card_matrixunknownaaaaaaa" } }, on: everyone({ redirect: "/" }) },
    {
      ask: { body: { checkoutId: IDS.checkoutX, cardId: "card_matrixunknownaaaaaaa" } },
      on: only({ cardholderA: { redirect: `/checkout/${IDS.checkoutX}?error=not_found` }, cardholderB: { redirect: `/checkout/${IDS.checkoutX}?error=not_found` } }, "signin"),
    },
    // B's card (kept with merchant Y): not A's to use, and not for merchant X's checkout either.
    {
      ask: { body: { checkoutId: IDS.checkoutX, cardId: "card_matrix_b" } },
      on: only({ cardholderA: { redirect: `/checkout/${IDS.checkoutX}?error=not_found` }, cardholderB: { redirect: `/checkout/${IDS.checkoutX}?error=not_found` } }, "signin"),
    },
  ],
  "action app/(checkout)/checkout/actions.ts#cancelPaymentAction": [
    { ask: { body: { checkoutId: IDS.checkoutX, paymentId: IDS.unknownPayment } }, on: everyone({ redirect: `/checkout/${IDS.checkoutX}?error=not_found` }) },
    { ask: { body: { checkoutId: IDS.unknownCheckout, paymentId: IDS.unknownPayment } }, on: everyone({ redirect: "/" }) },
  ],
};

// ---- Servers, database and seed data ----------------------------------------------------------
const servers: ChildProcess[] = [];

async function admin<T>(fn: (c: pg.Client) => Promise<T>, url = ADMIN_URL): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
const sql = (text: string, values: unknown[] = []) => admin((c) => c.query(text, values), DATABASE_URL);

async function startServer(port: number, extra: Record<string, string>): Promise<void> {
  const log = openSync(`${DATA_DIR}/server-${port}.log`, "w");
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, PORT: String(port), DATA_DIR, DATABASE_URL, AUTH_SECRET, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", ...extra },
    stdio: ["ignore", log, log],
  });
  servers.push(server);
  await expect.poll(async () => (await fetch(`http://localhost:${port}/`).catch(() => null))?.status ?? 0, { timeout: 90_000 }).toBe(200);
}

async function seed(): Promise<void> {
  const now = new Date();
  const later = new Date(now.getTime() + 3600_000);
  await sql(`INSERT INTO "Merchant" (id, name, address, "returnUrlOrigins", "enabledProviders") VALUES ($1, 'Merchant Y', 'Rue Y 1, 1000 Brussels', '{https://y.example}', '{wooshpay}')`, [Y]);
  await sql(`INSERT INTO "ApiKey" (id, "merchantId", prefix, hash) VALUES ('key_matrix_y', $1, $2, $3)`, [Y, KEY_Y.slice(0, 12), createHash("sha256").update(KEY_Y).digest("hex")]);
  for (const [id, merchant, email] of [
    [IDS.staffX, X, "staff-x@matrix.test"],
    [IDS.staffY, Y, "staff-y@matrix.test"],
  ]) {
    await sql(`INSERT INTO "StaffUser" (id, "merchantId", email, name, "passwordHash") VALUES ($1, $2, $3, 'Matrix staff', 'scrypt$x$y')`, [id, merchant, email]);
  }
  await sql(`INSERT INTO "Cardholder" (id, email) VALUES ($1, 'ann@matrix.test'), ($2, 'bob@matrix.test')`, [IDS.cardholderA, IDS.cardholderB]);
  const checkouts: [string, string, string, string, Date][] = [
    [IDS.checkoutX, X, "ann@matrix.test", ORDER_A, later],
    [IDS.checkoutY, Y, "bob@matrix.test", ORDER_B, later],
    [IDS.checkoutExpired, X, "ann@matrix.test", "Matrix expired order", new Date(now.getTime() - 60_000)],
  ];
  for (const [id, merchant, email, description, expiresAt] of checkouts) {
    await sql(
      `INSERT INTO "Checkout" (id, "merchantId", amount, currency, description, "merchantReference", "customerEmail", "returnUrl", status, "expiresAt", "updatedAt")
       VALUES ($1, $2, 1500, 'EUR', $3, $4, $5, 'https://y.example/done', 'OPEN', $6, now())`,
      [id, merchant, description, `REF-${id}`, email, expiresAt],
    );
  }
  for (const [id, checkout, merchant] of [
    [IDS.paymentX, IDS.checkoutX, X],
    [IDS.paymentY, IDS.checkoutY, Y],
  ]) {
    await sql(`INSERT INTO "Payment" (id, "checkoutId", "merchantId", provider, status, amount, currency, "updatedAt") VALUES ($1, $2, $3, 'wooshpay', 'PENDING', 1500, 'EUR', now())`, [id, checkout, merchant]);
  }
  // One cardholder request each: X's about its payment, Y's about its own.
  for (const [id, merchant, payment, reason] of [
    ["req_matrix_x", X, IDS.paymentX, "Matrix request at X"],
    ["req_matrix_y", Y, IDS.paymentY, "Matrix request at Y"],
  ]) {
    await sql(`INSERT INTO "CardholderRequest" (id, "merchantId", "paymentId", kind, email, amount, reason, locale, "updatedAt") VALUES ($1, $2, $3, 'refund', 'ann@matrix.test', 500, $4, 'en', now())`, [id, merchant, payment, reason]);
  }
  // One linked card each: A's at X (BIN 670999, last four 1111), B's at Y (last four 2222).
  for (const [id, merchant, owner, last4, payment] of [
    ["card_matrix_a", X, IDS.cardholderA, "1111", "pay_matrix_card_a"],
    ["card_matrix_b", Y, IDS.cardholderB, "2222", "pay_matrix_card_b"],
  ]) {
    await sql(
      `INSERT INTO "LinkedCard" (id, "merchantId", provider, "cardholderId", "tokenEncrypted", bin, last4, expiry, "paymentId") VALUES ($1, $2, 'ppro-legacy', $3, 'sealed', '670999', $4, '2030-01', $5)`,
      [id, merchant, owner, last4, payment],
    );
  }
  // A schedule on B's card: A cannot stop it, B can (and stopping it again is not refused).
  await sql(
    `INSERT INTO "WipSchedule" (id, "merchantId", "cardId", "cardholderId", kind, amount, description, reference, "nextChargeAt", "updatedAt") VALUES ('sch_matrix_b', $1, 'card_matrix_b', $2, 'monthly', 1000, 'Matrix subscription', 'SUB-MATRIX', now() + interval '1 day', now())`,
    [Y, IDS.cardholderB],
  );
  // A schedule on each card, due far ahead (no worker charges it during the test).
  for (const [id, merchant, card, owner, description] of [
    [IDS.scheduleX, X, "card_matrix_a", IDS.cardholderA, "Matrix schedule X"],
    [IDS.scheduleY, Y, "card_matrix_b", IDS.cardholderB, "Matrix schedule Y"],
  ]) {
    await sql(
      `INSERT INTO "WipSchedule" (id, "merchantId", "cardId", "cardholderId", kind, amount, description, reference, "chargesMade", "nextChargeAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'monthly', 500, $5, $1, 1, now() + interval '300 days', now())`,
      [id, merchant, card, owner, description],
    );
  }
  // A merchant's charge on A's card, waiting for A to authenticate it.
  await sql(
    `INSERT INTO "Checkout" (id, "merchantId", amount, currency, description, "merchantReference", "customerEmail", "returnUrl", status, "expiresAt", kind, "updatedAt")
     VALUES ($1, $2, 1234, 'EUR', 'Matrix waiting charge', 'REF-matrix-wip', 'ann@matrix.test', '/account/cards', 'OPEN', $3, 'wip-charge', now())`,
    [IDS.checkoutWip, X, later],
  );
  await sql(
    `INSERT INTO "Payment" (id, "checkoutId", "merchantId", provider, status, amount, currency, initiation, "linkedCardId", "cardholderId", "qrPayload", "deepLink", "actionUrl", "updatedAt")
     VALUES ($1, $2, $3, 'ppro', 'PENDING', 1234, 'EUR', 'merchant', 'card_matrix_a', $4, $5, 'bepgenapp://DoTx?TransId=matrix', 'https://bank.example/auth', now())`,
    [IDS.paymentWip, IDS.checkoutWip, X, IDS.cardholderA, WIP_QR],
  );
  // A's paid order at X, a charge of a schedule on A's card: its receipt offers to stop the schedule.
  await sql(
    `INSERT INTO "Checkout" (id, "merchantId", amount, currency, description, "merchantReference", "customerEmail", "returnUrl", status, "expiresAt", "updatedAt")
     VALUES ($1, $2, 1500, 'EUR', $3, 'REF-matrix-paid', 'ann@matrix.test', 'https://y.example/done', 'PAID', $4, now())`,
    [IDS.checkoutPaid, X, PAID_ORDER, later],
  );
  await sql(
    `INSERT INTO "Payment" (id, "checkoutId", "merchantId", provider, status, amount, currency, "capturedAmount", "providerPaymentId", initiation, "linkedCardId", "scheduleId", "completedAt", "updatedAt")
     VALUES ($1, $2, $3, 'wooshpay', 'PAID', 1500, 'EUR', 1500, 'pi_matrix_paid', 'merchant', 'card_matrix_a', $4, now(), now())`,
    [IDS.paymentPaid, IDS.checkoutPaid, X, IDS.schedulePaid],
  );
  await sql(
    `INSERT INTO "WipSchedule" (id, "merchantId", "cardId", "cardholderId", kind, amount, description, reference, "chargesMade", "nextChargeAt", "updatedAt")
     VALUES ($1, $2, 'card_matrix_a', $3, 'monthly', 1500, 'Matrix paid schedule', $1, 1, now() + interval '300 days', now())`,
    [IDS.schedulePaid, X, IDS.cardholderA],
  );
  for (const purpose of ["receipt", "refund", "dispute", "stop"] as const) links[purpose] = await signLink(AUTH_SECRET, { paymentId: IDS.paymentPaid, purpose });
  cookies.cardholderA = await sessionCookie({ kind: "cardholder", uid: IDS.cardholderA, email: "ann@matrix.test" });
  cookies.cardholderB = await sessionCookie({ kind: "cardholder", uid: IDS.cardholderB, email: "bob@matrix.test" });
  cookies.staffX = await sessionCookie({ kind: "staff", uid: IDS.staffX, merchantId: X, email: "staff-x@matrix.test" });
  cookies.staffY = await sessionCookie({ kind: "staff", uid: IDS.staffY, merchantId: Y, email: "staff-y@matrix.test" });
}

// ---- Asking -------------------------------------------------------------------------------------
type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }> };
const manifest = (): Manifest => JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;

/** The action's id in this build, and a page it is served on (a public one when there is one). */
function actionTarget(file: string, name: string): { id: string; path: string } {
  const found = Object.entries(manifest().node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!found) throw new Error(`${file}#${name} is not in the build's server-reference-manifest (no page uses it?)`);
  const pages = Object.keys(found[1].workers).map((w) => w.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/");
  const path = pages.find((p) => p === "/") ?? pages.find((p) => !p.startsWith("/merchant") && !p.startsWith("/account")) ?? pages[0]!;
  return { id: found[0], path: seeded(path) };
}

/** The request body React's encodeReply makes for an action called with (formData) or (state, formData). */
function actionBody(fields: Record<string, string>, withState: boolean): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
  // Last, as React sends it: the server decodes the parts as they stream in.
  form.set("0", JSON.stringify(withState ? ["$undefined", "$K1"] : ["$K1"]));
  return form;
}

const STATEFUL_ACTIONS = new Set(["checkoutCart", "saveBrandAction", "saveWipMaxAction", "saveTermsAction", "saveLinkingAction", "chargeCardAction", "refundAction", "answerRequestAction"]);

async function ask(base: string, entry: AppEntry, c: Case, who: Who): Promise<Answer> {
  const headers: Record<string, string> = { ...headersOf(who), ...(c.ask.headers ?? {}) };
  let url: string;
  let init: RequestInit;
  if (entry.kind === "action") {
    const target = actionTarget(entry.file, entry.name);
    url = `${base}${target.path}`;
    const body = c.ask.body && typeof c.ask.body === "object" ? c.ask.body : {};
    init = { method: "POST", headers: { ...headers, "next-action": target.id, origin: base, accept: "text/x-component" }, body: actionBody(body, STATEFUL_ACTIONS.has(entry.name)) };
  } else {
    url = `${base}${withLinks(c.ask.path ?? seeded(entry.path))}`;
    const method = entry.kind === "page" ? "GET" : entry.method;
    let body: BodyInit | undefined;
    if (c.ask.json !== undefined) {
      body = JSON.stringify(c.ask.json);
      headers["content-type"] = "application/json";
    } else if (typeof c.ask.body === "string") {
      body = c.ask.body;
      if (c.ask.form === "urlencoded") headers["content-type"] = "application/x-www-form-urlencoded";
    }
    init = { method, headers, body };
  }
  const controller = new AbortController();
  const res = await fetch(url, { ...init, redirect: "manual", signal: controller.signal });
  // A live stream never ends: its status and first event are the answer.
  const body = res.headers.get("content-type")?.startsWith("text/event-stream") ? "" : await res.text();
  controller.abort();
  return { status: res.status, location: res.headers.get("location"), actionRedirect: res.headers.get("x-action-redirect"), body };
}

function check(answer: Answer, expected: Expect): string | null {
  const redirectTo = (answer.actionRedirect ?? (answer.status >= 300 && answer.status < 400 ? answer.location : null))?.split(";")[0] ?? null;
  const path = redirectTo ? redirectTo.replace(/^https?:\/\/[^/]+/, "") : null;
  if (expected === "signin") return path?.startsWith("/signin") ? null : `expected a redirect to /signin, got ${answer.status} ${path ?? ""}`;
  if (typeof expected === "number") return answer.status === expected && !answer.actionRedirect ? null : `expected ${expected}, got ${answer.status} ${path ?? ""}`;
  if ("redirect" in expected) return path === expected.redirect ? null : `expected a redirect to ${expected.redirect}, got ${answer.status} ${path ?? ""}`;
  if (answer.status !== expected.status || answer.actionRedirect) return `expected ${expected.status}, got ${answer.status} ${path ?? ""}`;
  const missing = (expected.has ?? []).filter((s) => !answer.body.includes(s));
  const leaked = (expected.lacks ?? []).filter((s) => answer.body.includes(s));
  if (missing.length) return `answer lacks ${missing.join(", ")}`;
  if (leaked.length) return `answer shows what is not theirs: ${leaked.join(", ")}`;
  return null;
}

const keyOf = (e: AppEntry) => (e.kind === "page" ? `page ${e.path}` : e.kind === "route" ? `${e.method} ${e.path}` : `action ${e.file}#${e.name}`);

async function runMatrix(base: string, which: "on" | "off"): Promise<string[]> {
  const failures: string[] = [];
  for (const entry of appEntries()) {
    for (const c of TABLE[keyOf(entry)] ?? []) {
      const expectations = which === "on" ? c.on : c.off;
      if (!expectations) continue;
      for (const who of PRINCIPALS) {
        const answer = await ask(base, entry, c, who);
        const problem = check(answer, expectationFor(expectations, who));
        if (problem) failures.push(`${keyOf(entry)}${c.ask.path ? ` (${c.ask.path})` : ""} as ${who}: ${problem}`);
      }
    }
  }
  return failures;
}

// ---- The tests ----------------------------------------------------------------------------------
test.describe.configure({ mode: "serial", timeout: 300_000 });

test.beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  await admin((c) => c.query(`CREATE DATABASE ${DB_NAME}`));
  await startServer(ON_PORT, {});
  await seed();
  // The same database and secrets with the sandboxes and the demo shop off: no provider is
  // configured either.
  await startServer(OFF_PORT, { SANDBOXES: "off", DEMO_DATA: "off" });
});

test.afterAll(async () => {
  for (const s of servers) s.kill();
  await Promise.all(servers.map((s) => new Promise((resolve) => (s.exitCode !== null ? resolve(null) : s.once("exit", resolve)))));
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`));
});

test("every page, route and server action has its expected answers in the table", () => {
  const found = appEntries().map(keyOf).sort();
  expect(found.filter((k) => !TABLE[k]), "found in app/ but missing from the access table").toEqual([]);
  expect(Object.keys(TABLE).filter((k) => !found.includes(k)), "in the access table but no longer in app/").toEqual([]);
});

test("every page, route and action file asks lib/access", () => {
  expect(sourcesWithoutAccessCall()).toEqual([]);
});

test("each principal gets the expected answer everywhere (sandboxes on)", async () => {
  expect(await runMatrix(`http://localhost:${ON_PORT}`, "on")).toEqual([]);
});

test("each principal gets the expected answer everywhere (sandboxes and demo shop off)", async () => {
  expect(await runMatrix(`http://localhost:${OFF_PORT}`, "off")).toEqual([]);
});

test("removed or moved staff and deleted cardholders lose access on their next request", async () => {
  const base = `http://localhost:${ON_PORT}`;
  const page = (who: Who, path: string) => ask(base, { kind: "page", path, file: "" }, { ask: { path }, on: 200 }, who);
  const save = (who: Who) => ask(base, { kind: "action", file: "app/(merchant)/merchant/settings/routing-actions.ts", name: "saveRoutingAction", path: "" }, { ask: { body: {} }, on: 200 }, who);
  expect(check(await page("staffY", "/merchant"), 200)).toBeNull();
  expect(check(await page("cardholderB", "/account"), 200)).toBeNull();

  await sql(`DELETE FROM "StaffUser" WHERE id = $1`, [IDS.staffY]);
  expect(check(await page("staffY", "/merchant"), "signin")).toBeNull();
  expect(check(await page("staffY", "/merchant/settings"), "signin")).toBeNull();
  expect(check(await save("staffY"), "signin")).toBeNull();

  await sql(`UPDATE "StaffUser" SET "merchantId" = $1 WHERE id = $2`, [Y, IDS.staffX]);
  expect(check(await page("staffX", "/merchant"), "signin")).toBeNull();
  expect(check(await save("staffX"), "signin")).toBeNull();

  await sql(`DELETE FROM "Cardholder" WHERE id = $1`, [IDS.cardholderB]);
  expect(check(await page("cardholderB", "/account"), "signin")).toBeNull();
  expect(check(await page("cardholderA", "/account"), { status: 200, has: [ORDER_A] })).toBeNull();
});
