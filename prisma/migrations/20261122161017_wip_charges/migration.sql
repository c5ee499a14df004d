-- CreateTable
CREATE TABLE "WipCharge" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "orderReference" TEXT NOT NULL,
    "initiation" TEXT NOT NULL,
    "scheduleId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'RESERVED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WipCharge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WipCharge_cardId_createdAt_idx" ON "WipCharge"("cardId", "createdAt");

-- CreateIndex
CREATE INDEX "WipCharge_merchantId_orderReference_idx" ON "WipCharge"("merchantId", "orderReference");

-- AddForeignKey
ALTER TABLE "WipCharge" ADD CONSTRAINT "WipCharge_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "LinkedCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

