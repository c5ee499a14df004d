// `npm start` runs this before building: a configuration the server would refuse is refused in a
// second, with the same rule and message (lib/env.ts), instead of after a minute-long build.
import { parseEnv } from "../lib/env";

try {
  parseEnv(process.env);
} catch (error) {
  console.error(`\n${(error as Error).message}\n\nSee "Going live" in README.md.\n`);
  process.exit(1);
}
