import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

const minimumLength = 32;

/**
 * The secret the gateway signs identities with and the subgraphs verify. There is no public
 * default: unless the environment sets one, the launcher makes a random one on first start and
 * keeps it (owner-only) in the data folder, so restarts and already-running tools agree.
 */
export async function launcherInternalSecret(dataDir: string, configured: string | undefined): Promise<string> {
  if (configured !== undefined) {
    if (configured.length < minimumLength) throw new Error(`GANTRY_INTERNAL_TOKEN_SECRET must be at least ${minimumLength} characters`);
    return configured;
  }
  const file = path.join(dataDir, "internal-token-secret");
  await mkdir(dataDir, { recursive: true });
  try {
    // "wx": never overwrite a secret another launcher has just written.
    await writeFile(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // A copied or restored file may have lost its mode: whoever reads it can impersonate any user.
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  const secret = (await readFile(file, "utf8")).trim();
  if (secret.length < minimumLength) throw new Error(`${file} does not hold a valid secret; delete it and start again to make a new one`);
  return secret;
}
