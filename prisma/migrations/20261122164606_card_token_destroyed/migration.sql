-- AlterTable
ALTER TABLE "LinkedCard" ALTER COLUMN "tokenEncrypted" DROP NOT NULL;

