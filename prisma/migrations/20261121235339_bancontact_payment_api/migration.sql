-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "deepLink" TEXT,
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "qrPayload" TEXT;

-- AlterTable
ALTER TABLE "SandboxWebhookDelivery" ADD COLUMN     "held" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "paymentRef" TEXT;

-- CreateTable
CREATE TABLE "SandboxBancontactPayment" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "description" TEXT,
    "reference" TEXT,
    "callbackUrl" TEXT NOT NULL,
    "returnUrl" TEXT,
    "status" TEXT NOT NULL,
    "debtorName" TEXT,
    "debtorIban" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "succeededAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SandboxBancontactPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxBancontactJti" (
    "jti" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxBancontactJti_pkey" PRIMARY KEY ("jti")
);

-- CreateTable
CREATE TABLE "SandboxSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "SandboxSetting_pkey" PRIMARY KEY ("key")
);


-- The demo merchant offers the Bancontact app (QR code / deep link) first.
UPDATE "Merchant" SET "enabledProviders" = array_prepend('bancontact', "enabledProviders")
  WHERE id = 'mer_demo' AND NOT ('bancontact' = ANY("enabledProviders"));
