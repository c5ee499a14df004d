-- Routing: the card linking route replaces the single linking provider, and a payment records
-- why it was a fallback.
ALTER TABLE "Merchant" ADD COLUMN     "linkingRoute" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The provider that linked cards before keeps serving first (the chosen one while enabled, else
-- the first enabled one that can link); the other enabled linking providers follow, in the
-- merchant's order.
UPDATE "Merchant" m SET "linkingRoute" = ARRAY(
  SELECT x.p FROM (
    SELECT m."linkingProvider" AS p, 0::bigint AS k WHERE m."linkingProvider" = ANY(m."enabledProviders") AND m."linkingProvider" IN ('ppro', 'ppro-legacy')
    UNION ALL
    SELECT e.p, e.ord FROM unnest(m."enabledProviders") WITH ORDINALITY AS e(p, ord)
    WHERE e.p IN ('ppro', 'ppro-legacy') AND e.p IS DISTINCT FROM m."linkingProvider"
  ) x ORDER BY x.k
);

ALTER TABLE "Merchant" DROP COLUMN "linkingProvider";

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "fallbackFrom" TEXT,
ADD COLUMN     "routedReason" TEXT;
