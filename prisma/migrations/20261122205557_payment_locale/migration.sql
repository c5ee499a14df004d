-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "locale" TEXT;

