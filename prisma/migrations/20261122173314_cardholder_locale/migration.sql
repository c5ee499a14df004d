-- AlterTable
ALTER TABLE "Cardholder" ADD COLUMN     "locale" TEXT;

