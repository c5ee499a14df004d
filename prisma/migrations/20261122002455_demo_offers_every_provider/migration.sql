-- The demo merchant offers every provider the installation can reach (the checkout shows only
-- those that are configured).
UPDATE "Merchant" SET "enabledProviders" = ARRAY['bancontact', 'wooshpay', 'ppro', 'ppro-legacy', 'worldpay']
  WHERE id = 'mer_demo';
