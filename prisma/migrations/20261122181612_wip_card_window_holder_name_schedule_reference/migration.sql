-- AlterTable
ALTER TABLE "LinkedCard" ADD COLUMN     "holderName" TEXT;

-- AlterTable
ALTER TABLE "WipCharge" ADD COLUMN     "inCardWindow" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE UNIQUE INDEX "WipSchedule_merchantId_reference_key" ON "WipSchedule"("merchantId", "reference");

