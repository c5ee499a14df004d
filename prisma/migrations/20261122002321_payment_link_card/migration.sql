-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "linkCard" BOOLEAN NOT NULL DEFAULT false;

