-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "checks" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastCheckedAt" TIMESTAMP(3),
ADD COLUMN     "requestId" TEXT,
ADD COLUMN     "settledAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "html" TEXT,
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "paymentId" TEXT;

-- CreateTable
CREATE TABLE "CardholderRequest" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "cardholderId" TEXT,
    "amount" INTEGER,
    "reason" TEXT NOT NULL,
    "message" TEXT,
    "scheduleId" TEXT,
    "cardId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "approvedAmount" INTEGER,
    "merchantAnswer" TEXT,
    "refundId" TEXT,
    "locale" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "CardholderRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CardholderRequest_merchantId_status_createdAt_idx" ON "CardholderRequest"("merchantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "CardholderRequest_paymentId_idx" ON "CardholderRequest"("paymentId");

-- CreateIndex
CREATE INDEX "Refund_status_lastCheckedAt_idx" ON "Refund"("status", "lastCheckedAt");

-- CreateIndex
CREATE INDEX "MailMessage_paymentId_idx" ON "MailMessage"("paymentId");

