import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AreaFileError, areas, discoverAreas, loadAreaCode, repositoryRoot } from "./areas.ts";

async function repositoryWith(declarations: Record<string, unknown>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "gantry-areas-"));
  await mkdir(path.join(root, "services", "gateway"), { recursive: true });
  for (const [folder, declaration] of Object.entries(declarations)) {
    await mkdir(path.join(root, "services", folder), { recursive: true });
    const text = typeof declaration === "string" ? declaration : JSON.stringify(declaration);
    await writeFile(path.join(root, "services", folder, "area.json"), text);
  }
  return root;
}

const patients = JSON.parse(await readFile(path.join(repositoryRoot, "services/patients/area.json"), "utf8")) as Record<string, unknown>;

describe("area discovery", () => {
  it("finds every services/*/area.json of the repository, in port order, and skips folders without one", () => {
    // Other areas may join (the generator adds them); these three are always here, in port order.
    expect(areas.map((area) => area.name)).toEqual(expect.arrayContaining(["patients", "staff", "equipment"]));
    const ports = areas.map((area) => area.defaultPort);
    expect(ports).toEqual([...ports].sort((a, b) => a - b));
    const first = areas.find((area) => area.name === "patients");
    expect(first?.entry).toBe("services/patients/src/main.ts");
    expect(first?.schemaFile).toBe(path.join(repositoryRoot, "services/patients/schema.graphql"));
    expect(first?.remote?.dir).toBe(path.join(repositoryRoot, "apps/patients"));
  });

  it("discovers a new area from its declaration alone", async () => {
    const root = await repositoryWith({
      patients,
      scheduling: { ...patients, name: "scheduling", port: 4002, envPrefix: "SCHEDULING", database: "gantry_scheduling" },
    });
    expect(discoverAreas(root).map((area) => area.name)).toEqual(["patients", "scheduling"]);
  });

  it("refuses a bad declaration, naming the file and each bad field", async () => {
    const root = await repositoryWith({
      quality: { ...patients, name: "quality", port: "4005", remote: { folder: "../quality", title: "" } },
    });
    const file = path.join(root, "services/quality/area.json");
    expect(() => discoverAreas(root)).toThrow(AreaFileError);
    expect(() => discoverAreas(root)).toThrow(new RegExp(`${file}[\\s\\S]*port:[\\s\\S]*remote\\.folder:[\\s\\S]*remote\\.title:`));
  });

  it("says where a remote's former role list went", async () => {
    const root = await repositoryWith({
      patients: { ...patients, remote: { folder: "apps/patients", title: "Patients", roles: ["scheduler"] } },
    });
    expect(() => discoverAreas(root)).toThrow(/remote: roles is no longer read: .*openArea/);
  });

  it("refuses a declaration that is not JSON, naming the file", async () => {
    const root = await repositoryWith({ quality: "{ name: quality" });
    expect(() => discoverAreas(root)).toThrow(`${path.join(root, "services/quality/area.json")} is not a valid area declaration`);
  });

  it("refuses two areas on one port, naming both files", async () => {
    const root = await repositoryWith({ patients, copy: { ...patients, name: "copy", envPrefix: "COPY", database: "gantry_copy" } });
    expect(() => discoverAreas(root)).toThrow(
      /copy\/area\.json and .*patients\/area\.json both declare defaultPort 4001|patients\/area\.json and .*copy\/area\.json both declare defaultPort 4001/,
    );
  });
});

describe("loading an area's code", () => {
  it("imports the subgraph definition, data model and seed its declaration names", async () => {
    for (const area of areas) {
      const code = await loadAreaCode(area);
      expect(code.definition.name).toBe(area.name);
      expect(code.dataModel.database).toBe(area.database);
      expect(typeof code.seedDemoData).toBe("function");
    }
  });

  it("says which declaration names an export that does not exist", async () => {
    const [area] = areas;
    if (!area) throw new Error("no area");
    const wrong = { ...area, subgraph: { ...area.subgraph, definition: "noSuchSubgraph" } };
    await expect(loadAreaCode(wrong)).rejects.toThrow(
      `${area.declarationFile}: "${area.subgraph.module}" has no export named noSuchSubgraph`,
    );
  });
});
