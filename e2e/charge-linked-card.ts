// What a merchant's charge on a linked card does on the server, for the e2e spec that follows the
// cardholder through it (waiting-charge.spec.ts): run by Node against the spec's own server's
// PostgreSQL database (the same provider registry, keys and APP_URL), it charges the newest card
// of the cardholder given by email, as the merchant API will once it exists, and prints the result.
// Usage: node --conditions=react-server --import tsx e2e/charge-linked-card.ts <email> <amount>
import { chargeLinkedCard } from "../lib/cards/charge-card";
import { db } from "../lib/db/client";
import { env } from "../lib/env";
import { newId } from "../lib/ids";
import { getProvider } from "../lib/providers/registry";

async function main() {
  const [email, amount] = process.argv.slice(2);
  if (!email || !amount) throw new Error("usage: charge-linked-card.ts <email> <amount in cents>");
  const prisma = await db();
  const card = await prisma.linkedCard.findFirstOrThrow({ where: { cardholder: { email }, deletedAt: null }, orderBy: { linkedAt: "desc" } });
  const result = await chargeLinkedCard(
    { db: prisma, provider: getProvider, appUrl: env().appUrl },
    { initiation: "merchant", cardId: card.id, merchantId: card.merchantId, amount: Number(amount), currency: "EUR", description: "Monthly praline box", orderReference: newId("order") },
  );
  process.stdout.write(`${JSON.stringify({ paymentId: result.paymentId, status: result.status })}\n`);
  await prisma.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
