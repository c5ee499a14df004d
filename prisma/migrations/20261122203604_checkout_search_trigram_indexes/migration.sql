-- The trigram operator class of the indexes below. A trusted extension: whoever may create objects in the
-- database may create it; PGlite has it when the extension is loaded at start (lib/db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Checkout_merchantReference_idx" ON "Checkout" USING GIN ("merchantReference" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Checkout_customerEmail_idx" ON "Checkout" USING GIN ("customerEmail" gin_trgm_ops);

