-- CreateTable
CREATE TABLE "LinkedCard" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "cardholderEmail" TEXT,
    "tokenEncrypted" TEXT NOT NULL,
    "bin" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "expiry" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "LinkedCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxRecord" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ref" TEXT,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SandboxRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LinkedCard_paymentId_key" ON "LinkedCard"("paymentId");

-- CreateIndex
CREATE INDEX "LinkedCard_merchantId_cardholderEmail_idx" ON "LinkedCard"("merchantId", "cardholderEmail");

-- CreateIndex
CREATE INDEX "SandboxRecord_provider_kind_ref_idx" ON "SandboxRecord"("provider", "kind", "ref");

