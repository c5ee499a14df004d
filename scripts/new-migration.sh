#!/usr/bin/env bash
# Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the schema as committed
# (git HEAD) to the schema in the working tree. `prisma migrate dev` needs a schema-engine binary
# that cannot be downloaded here; Prisma 6.19's JS engine computes the same diff offline.
# Usage: scripts/new-migration.sh <name>   (the engine wants a reachable PostgreSQL to start; it
# changes nothing there: MIGRATION_DIFF_DATABASE_URL, default the local server)
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh <name>}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent prisma@6.19.3 @prisma/adapter-pg@6.19.3 pg >/dev/null 2>&1
cat > prisma.config.ts <<'CFG'
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "new.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.MIGRATION_DIFF_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" }),
});
CFG
# Prisma 6 wants the older generator and a datasource url; neither changes the SQL.
to6() { sed -e 's/"prisma-client"/"prisma-client-js"/' -e '/^  output /d' -e '/moduleFormat/d' \
  -e 's|^  provider = "postgresql"|  provider = "postgresql"\n  url = "postgresql://unused@127.0.0.1/unused"|'; }
to6 < "$root/prisma/schema.prisma" > new.prisma
export PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING=1 PRISMA_QUERY_ENGINE_LIBRARY=/bin/true PRISMA_SCHEMA_ENGINE_BINARY=/bin/true
if git -C "$root" show HEAD:prisma/schema.prisma > old.raw 2>/dev/null; then
  to6 < old.raw > old.prisma
  from=(--from-schema-datamodel old.prisma)
else
  from=(--from-empty)
fi
dir="$root/prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
npx prisma migrate diff "${from[@]}" --to-schema-datamodel new.prisma --script > "$dir/migration.sql"
echo "wrote ${dir#"$root/"}/migration.sql"
