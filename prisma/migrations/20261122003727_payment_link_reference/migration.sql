-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "linkReferenceSealed" TEXT;

