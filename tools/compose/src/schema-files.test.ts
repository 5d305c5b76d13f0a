import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { areas, loadAreaCode, repositoryRoot } from "@gantry/areas/areas";
import { servedSdl } from "./served-sdl.ts";

// Composition and the schema contract read the committed files: one that lags behind its
// service's modules would compose, and release, a schema nobody serves.
describe("committed schema files", () => {
  for (const area of areas) {
    it(`${area.name}: ${path.relative(repositoryRoot, area.schemaFile)} is what the ${area.name} subgraph serves`, async () => {
      const committed = await readFile(area.schemaFile, "utf8").catch(() => "(missing)");
      const served = await servedSdl((await loadAreaCode(area)).definition);
      expect(committed, `the ${area.name} area's schema file is out of date: run pnpm schema:write`).toBe(served);
    });
  }
});
