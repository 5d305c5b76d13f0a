import { readFile } from "node:fs/promises";
import { print, visit } from "graphql";
import { describe, expect, it } from "vitest";
import { areas, defaultRoutingUrl } from "@gantry/areas/areas";
import { composeSupergraph } from "./compose.ts";
import { apiSchemaOfSupergraph, checkSchemaChange } from "./contract.ts";
import { released } from "./released.ts";
import { subgraphSources } from "./sources.ts";

const releasedApi = `
  type Query { searchRooms(name: String, first: Int = 20): [Room!]! }
  type Room { id: ID! name: String! floor: Int }
  enum RoomKind { MRI CT }
`;

describe("checkSchemaChange", () => {
  it("fails a removed field, naming it", async () => {
    const report = await checkSchemaChange(releasedApi, releasedApi.replace("floor: Int", ""));
    expect(report.breaking).toEqual([expect.stringMatching(/^Room\.floor: Field 'floor' .*removed/)]);
  });

  it("fails a nullable argument made required, naming the argument", async () => {
    const report = await checkSchemaChange(releasedApi, releasedApi.replace("name: String,", "name: String!,"));
    expect(report.breaking).toEqual([expect.stringMatching(/^Query\.searchRooms\.name: .*'String' to 'String!'/)]);
  });

  it("passes additive changes, listing them as safe, and an added enum value as dangerous", async () => {
    const next = releasedApi.replace("floor: Int", "floor: Int wing: String").replace("MRI CT", "MRI CT PET") + "type Scanner { id: ID! }";
    const report = await checkSchemaChange(releasedApi, next);
    expect(report.breaking).toEqual([]);
    expect(report.safe).toEqual(expect.arrayContaining([expect.stringMatching(/^Room\.wing:/), expect.stringMatching(/^Scanner:/)]));
    expect(report.dangerous).toEqual([expect.stringMatching(/^RoomKind\.PET:/)]);
  });
});

describe("the repository's schema contract", () => {
  const current = () => subgraphSources(areas, defaultRoutingUrl);
  const releasedApiSchema = async () => apiSchemaOfSupergraph(await readFile(released.supergraphFile, "utf8"));

  it("the committed schema files break nothing in the released supergraph", async () => {
    const report = await checkSchemaChange(await releasedApiSchema(), composeSupergraph(current()).apiSchemaSdl);
    expect(report.breaking).toEqual([]);
  });

  it("removing a released field from an area's schema file fails, naming the field", async () => {
    const sources = current().map((source) =>
      source.name !== "patients"
        ? source
        : {
            ...source,
            typeDefs: visit(source.typeDefs, {
              FieldDefinition: (field, _key, _parent, _path, ancestors) => {
                const owner = ancestors.at(-1) as { name?: { value: string } } | undefined;
                return owner?.name?.value === "Patient" && field.name.value === "preferredLanguage" ? null : undefined;
              },
            }),
          },
    );
    const patients = sources.find((source) => source.name === "patients");
    expect(patients && print(patients.typeDefs)).toMatch(/type Patient[^}]*\}/);
    const report = await checkSchemaChange(await releasedApiSchema(), composeSupergraph(sources).apiSchemaSdl);
    expect(report.breaking).toEqual([expect.stringMatching(/^Patient\.preferredLanguage: /)]);
  });
});
