// The merchant API's checkout operations, behind the thin route files in app/api/v1 (which
// authenticate the key: lib/access/api-key.ts).
import { db } from "../db/client";
import type { Merchant } from "../db/generated/client";
import { env } from "../env";
import { AppError } from "../errors";
import { createCheckout } from "../checkouts/create-checkout";
import { expireCheckout } from "../checkouts/expire-checkout";
import { availableProviderIds } from "../providers/registry";
import { CreateCheckoutSchema } from "../checkouts/schemas";
import { idempotent, readIdempotencyKey, requestFingerprint } from "./idempotency";
import { errorResponse, json, readJson, zodFields } from "./respond";
import { checkoutView, paymentView } from "./views";

export async function postCheckout(request: Request, merchant: Merchant): Promise<Response> {
  try {
    const prisma = await db();
    const key = readIdempotencyKey(request.headers);
    const { value } = await readJson(request);
    const parsed = CreateCheckoutSchema.safeParse(value);
    if (!parsed.success) {
      const fields = zodFields(parsed.error);
      throw new AppError("invalid_request", `invalid ${fields.map((f) => f.field).join(", ")}`, fields);
    }
    const fingerprint = requestFingerprint("POST", "/api/v1/checkouts", value);
    const result = await idempotent(prisma, merchant.id, key, fingerprint, async () => {
      const checkout = await createCheckout(prisma, merchant, parsed.data, new Date(), availableProviderIds());
      return { status: 201, body: checkoutView(checkout, env().appUrl) };
    });
    return json(result.body, result.status, result.replayed ? { "idempotent-replayed": "true" } : {});
  } catch (error) {
    return errorResponse(error);
  }
}

export async function getCheckout(merchant: Merchant, id: string): Promise<Response> {
  try {
    const prisma = await db();
    const checkout = await prisma.checkout.findFirst({
      where: { id, merchantId: merchant.id },
      include: { payments: { orderBy: { createdAt: "asc" } } },
    });
    if (!checkout) throw new AppError("not_found", "checkout not found");
    return json(checkoutView(checkout, env().appUrl), 200);
  } catch (error) {
    return errorResponse(error);
  }
}

/** POST /api/v1/checkouts/{id}/expire: the checkout is no longer payable (409 while a payment is open). */
export async function postExpireCheckout(merchant: Merchant, id: string): Promise<Response> {
  try {
    const checkout = await expireCheckout(await db(), merchant.id, id);
    return json(checkoutView(checkout, env().appUrl), 200);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function getPayment(merchant: Merchant, id: string): Promise<Response> {
  try {
    const prisma = await db();
    const payment = await prisma.payment.findFirst({ where: { id, merchantId: merchant.id } });
    if (!payment) throw new AppError("not_found", "payment not found");
    return json(paymentView(payment), 200);
  } catch (error) {
    return errorResponse(error);
  }
}
