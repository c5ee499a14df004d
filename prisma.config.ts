// Prisma CLI configuration. The app itself connects through driver adapters (lib/db/client.ts).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
