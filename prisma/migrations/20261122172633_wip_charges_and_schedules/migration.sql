-- AlterTable
ALTER TABLE "Merchant" ADD COLUMN     "linkingProvider" TEXT,
ADD COLUMN     "verificationAmount" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Checkout" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'shop',
ADD COLUMN     "shopperName" TEXT;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "initiation" TEXT NOT NULL DEFAULT 'checkout',
ADD COLUMN     "linkedCardId" TEXT,
ADD COLUMN     "replacesCardId" TEXT,
ADD COLUMN     "scheduleId" TEXT,
ADD COLUMN     "wipChargeId" TEXT;

-- AlterTable
ALTER TABLE "LinkedCard" ADD COLUMN     "cardExpiryRemindedAt" TIMESTAMP(3),
ADD COLUMN     "linkExpiryRemindedAt" TIMESTAMP(3),
ADD COLUMN     "replacedById" TEXT,
ADD COLUMN     "replacesCardId" TEXT;

-- AlterTable
ALTER TABLE "WipCharge" ADD COLUMN     "paymentId" TEXT;

-- CreateTable
CREATE TABLE "WipSchedule" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "cardholderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "description" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "instalments" INTEGER,
    "chargesMade" INTEGER NOT NULL DEFAULT 0,
    "nextChargeAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "stoppedAt" TIMESTAMP(3),
    "stoppedBy" TEXT,
    "lastRefusal" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WipSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WipSchedule_cardId_idx" ON "WipSchedule"("cardId");

-- CreateIndex
CREATE INDEX "WipSchedule_merchantId_createdAt_idx" ON "WipSchedule"("merchantId", "createdAt");

-- CreateIndex
CREATE INDEX "WipSchedule_status_nextChargeAt_idx" ON "WipSchedule"("status", "nextChargeAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_wipChargeId_key" ON "Payment"("wipChargeId");

-- CreateIndex
CREATE INDEX "Payment_linkedCardId_idx" ON "Payment"("linkedCardId");

-- CreateIndex
CREATE INDEX "Payment_scheduleId_idx" ON "Payment"("scheduleId");

-- CreateIndex
CREATE UNIQUE INDEX "WipCharge_paymentId_key" ON "WipCharge"("paymentId");

-- AddForeignKey
ALTER TABLE "WipSchedule" ADD CONSTRAINT "WipSchedule_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "LinkedCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

