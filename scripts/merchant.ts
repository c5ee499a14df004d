// `npm run merchant -- <command>`: set up a live install's merchant, staff and API keys, against
// the database the server uses (DATABASE_URL, or the embedded one under DATA_DIR while the
// server is stopped). Secrets are printed once and stored only as hashes.
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "../lib/db/client";
import { env } from "../lib/env";
import { NewMerchantSchema, NewStaffSchema, addStaff, createMerchant, issueApiKey, listMerchants, removeStaff, revokeApiKey } from "../lib/merchant/admin";

const USAGE = `Usage: npm run merchant -- <command> [options]
  create      --name NAME --address ADDRESS --return-origin https://shop.example.be [--return-origin ...]
              --staff-email EMAIL --staff-name NAME
  add-staff   --merchant mer_… --email EMAIL --name NAME
  remove-staff --email EMAIL
  new-api-key --merchant mer_…
  revoke-api-key --prefix bc_live_…   (the first 12 characters, as listed)
  list`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    address: { type: "string" },
    "return-origin": { type: "string", multiple: true },
    "staff-email": { type: "string" },
    "staff-name": { type: "string" },
    merchant: { type: "string" },
    email: { type: "string" },
    prefix: { type: "string" },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

// Schema fields as the options that carry them, so an error names what the user typed.
const FLAGS: Record<string, string> = { returnOrigins: "return-origin", staffEmail: "staff-email", staffName: "staff-name", merchantId: "merchant" };

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (!r.success) fail(r.error.issues.map((i) => `--${FLAGS[String(i.path[0])] ?? String(i.path[0] ?? "value")}: ${i.message}`).join("\n"));
  return r.data;
}

async function main() {
  const e = env();
  const opened = await openDatabase({ databaseUrl: e.databaseUrl, pgliteDir: path.resolve(e.dataDir, "pglite") });
  const db = opened.prisma;
  try {
    switch (positionals[0]) {
      case "create": {
        const input = parse(NewMerchantSchema, {
          name: values.name,
          address: values.address,
          returnOrigins: values["return-origin"] ?? [],
          staffEmail: values["staff-email"],
          staffName: values["staff-name"],
        });
        const r = await createMerchant(db, input, e.configuredProviders);
        console.log(`Merchant ${r.merchantId} created.\n  API key (shown once):  ${r.apiKey}\n  Staff sign-in:         ${r.staffEmail} / ${r.password} (shown once)`);
        break;
      }
      case "add-staff": {
        const r = await addStaff(db, parse(NewStaffSchema, { merchantId: values.merchant, email: values.email, name: values.name }));
        console.log(`Staff ${r.email} added. Password (shown once): ${r.password}`);
        break;
      }
      case "remove-staff": {
        const email = parse(z.email(), values.email);
        console.log((await removeStaff(db, email)) ? `Staff ${email} removed: signed out at their next request.` : `No staff ${email}.`);
        break;
      }
      case "new-api-key": {
        const r = await issueApiKey(db, parse(z.string().regex(/^mer_[a-z0-9_]+$/), values.merchant));
        console.log(`API key (shown once): ${r.apiKey}`);
        break;
      }
      case "revoke-api-key": {
        const n = await revokeApiKey(db, parse(z.string().min(8), values.prefix));
        console.log(`${n} key(s) revoked.`);
        break;
      }
      case "list":
        for (const m of await listMerchants(db)) {
          console.log(`${m.id}  ${m.name}  returns to ${m.returnUrlOrigins.join(", ")}`);
          for (const s of m.staff) console.log(`  staff  ${s.email}`);
          for (const k of m.apiKeys) console.log(`  key    ${k.prefix}…${k.revokedAt ? "  (revoked)" : ""}`);
        }
        break;
      default:
        fail(positionals[0] ? `Unknown command ${positionals[0]}.` : "No command.");
    }
  } finally {
    await opened.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
