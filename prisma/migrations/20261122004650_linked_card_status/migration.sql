-- AlterTable
ALTER TABLE "LinkedCard" ADD COLUMN     "referenceHash" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'ACTIVE';

-- CreateIndex
CREATE UNIQUE INDEX "LinkedCard_referenceHash_key" ON "LinkedCard"("referenceHash");

