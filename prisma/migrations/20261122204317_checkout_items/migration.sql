-- AlterTable
ALTER TABLE "Checkout" ADD COLUMN     "items" JSONB;

