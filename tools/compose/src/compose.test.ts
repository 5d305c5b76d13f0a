import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { areas, defaultRoutingUrl } from "@gantry/areas/areas";
import { composeSupergraph, CompositionError } from "./compose.ts";
import { subgraphSources } from "./sources.ts";

const federationLink = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])`;

describe("composeSupergraph", () => {
  it("composes every declared area's schema file into one supergraph whose API schema hides federation internals", () => {
    const supergraph = composeSupergraph(subgraphSources(areas, defaultRoutingUrl));
    for (const area of areas) expect(supergraph.supergraphSdl).toContain(`name: "${area.name}", url: "${defaultRoutingUrl(area)}"`);
    expect(supergraph.apiSchemaSdl).toContain("type Patient");
    expect(supergraph.apiSchemaSdl).not.toContain("_entities");
    expect(supergraph.apiSchemaSdl).not.toContain("join__");
  });

  it("says which area's schema file is missing", () => {
    const [area] = areas;
    if (!area) throw new Error("no area");
    expect(() => subgraphSources([{ ...area, schemaFile: `${area.schemaFile}.gone` }], defaultRoutingUrl)).toThrow(
      `${area.schemaFile}.gone (the schema file ${area.declarationFile} names) is missing`,
    );
  });

  it("refuses subgraphs that disagree about a type they both define", () => {
    const first = parse(`${federationLink}\ntype Query { roomA: Room }\ntype Room { id: ID! name: String! }`);
    const second = parse(`${federationLink}\ntype Query { roomB: Room }\ntype Room { id: ID! name: Int }`);
    expect(() =>
      composeSupergraph([
        { name: "first", url: "http://127.0.0.1:1/graphql", typeDefs: first },
        { name: "second", url: "http://127.0.0.1:2/graphql", typeDefs: second },
      ]),
    ).toThrow(CompositionError);
  });
});
