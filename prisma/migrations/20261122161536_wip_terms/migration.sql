-- CreateTable
CREATE TABLE "WipTerms" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WipTerms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermsAcceptance" (
    "id" TEXT NOT NULL,
    "cardholderId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "termsId" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sessionHash" TEXT NOT NULL,

    CONSTRAINT "TermsAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WipTerms_merchantId_version_key" ON "WipTerms"("merchantId", "version");

-- CreateIndex
CREATE INDEX "TermsAcceptance_cardholderId_merchantId_idx" ON "TermsAcceptance"("cardholderId", "merchantId");

-- CreateIndex
CREATE UNIQUE INDEX "TermsAcceptance_cardholderId_termsId_key" ON "TermsAcceptance"("cardholderId", "termsId");

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_cardholderId_fkey" FOREIGN KEY ("cardholderId") REFERENCES "Cardholder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermsAcceptance" ADD CONSTRAINT "TermsAcceptance_termsId_fkey" FOREIGN KEY ("termsId") REFERENCES "WipTerms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

