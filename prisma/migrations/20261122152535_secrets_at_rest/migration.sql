-- Stored webhook bodies are protected (IBANs masked, agreement ids and card tokens sealed), so
-- the column is no longer the raw body; renamed in place to keep the rows already stored.
ALTER TABLE "WebhookEvent" RENAME COLUMN "rawBody" TO "body";

-- AlterTable
ALTER TABLE "WebhookEvent" ADD COLUMN     "bodyBytes" INTEGER,
ADD COLUMN     "bodySha256" TEXT;
