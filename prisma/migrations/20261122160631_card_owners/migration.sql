-- DropIndex
DROP INDEX "LinkedCard_merchantId_cardholderEmail_idx";

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "cardholderId" TEXT;

-- AlterTable
ALTER TABLE "LinkedCard" DROP COLUMN "cardholderEmail",
ADD COLUMN     "cardholderId" TEXT;

-- CreateIndex
CREATE INDEX "LinkedCard_cardholderId_idx" ON "LinkedCard"("cardholderId");

-- AddForeignKey
ALTER TABLE "LinkedCard" ADD CONSTRAINT "LinkedCard_cardholderId_fkey" FOREIGN KEY ("cardholderId") REFERENCES "Cardholder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

