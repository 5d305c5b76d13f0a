import { execFileSync } from "node:child_process";
import { repositoryRoot } from "./repository.ts";

function pnpm(args: string[]): void {
  execFileSync("pnpm", args, { cwd: repositoryRoot, stdio: "inherit" });
}

/** `pnpm install`, tried again when another install holds the lockfile. */
export function install(): void {
  for (let attempt = 1; ; attempt += 1) {
    try {
      pnpm(["install"]);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      process.stderr.write(`pnpm install failed (attempt ${attempt} of 3); trying again in 5 s\n`);
      execFileSync("sleep", ["5"]);
    }
  }
}

/** Generated files end up as `prettier --check .` (part of `pnpm test`) wants them. */
export function format(paths: string[]): void {
  pnpm(["exec", "prettier", "--write", "--log-level", "warn", ...paths]);
}

/** The committed schema.graphql of every area, rewritten from what each subgraph serves. */
export function writeSchemas(): void {
  pnpm(["schema:write"]);
}
