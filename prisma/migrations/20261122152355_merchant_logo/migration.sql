-- AlterTable
ALTER TABLE "Merchant" ADD COLUMN     "logoUrl" TEXT;

