import { readFileSync } from "node:fs";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import type { InternalIdentity } from "@gantry/auth/internal-token";
import { execute, parse, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import type { SubgraphContext } from "./context.ts";
import { PhiReadRecorder } from "./phi-access.ts";
import { phiDeclarationProblems } from "./phi-declarations.ts";
import { sharedSchemaFile } from "./schema-files.ts";
import { buildSchema } from "./server.ts";

const shared = readFileSync(sharedSchemaFile, "utf8");

function schemaOf(sdl: string, resolvers: GraphQLResolverMap<SubgraphContext> = {}): GraphQLSchema {
  return buildSchema({ name: "test", typeDefs: parse(`${shared}\n${sdl}`), resolvers, extendContext: (base) => base });
}

const records = `
  type Query { records: [Record!]! }
  "About two patients at once, like a merge trail."
  type Record @patientData(patient: ["ownerId", "otherId"], as: "records") {
    id: ID! @public
    note: String! @phi
    reason: String! @phi(as: "recordReason")
    derived: String! @phi
  }
`;
const rows = [{ id: "r1", ownerId: "p1", otherId: "p2", note: "Sister's name is Ann", reason: "Twin" }];

async function read(query: string, scopes: string[], schema = schemaOf(records, recordResolvers)) {
  const phiReads = new PhiReadRecorder();
  const identity = { subject: "test:someone", name: "Someone", roles: [], scopes } as unknown as InternalIdentity;
  const result = await execute({ schema, document: parse(query), contextValue: { identity, phiReads } });
  return { result, reads: phiReads.drain() };
}
const recordResolvers: GraphQLResolverMap<SubgraphContext> = {
  Query: { records: () => rows },
  Record: { derived: (row: { note: string }) => row.note.toUpperCase() },
};

describe("PHI declarations", () => {
  it("name each field of a patient-data type that is neither @phi nor @public", () => {
    const schema = `
      type Query { coverage: Coverage }
      type Coverage @patientData(patient: "patientId") { id: ID! @public payer: String! memberId: String! @phi }
      extend type Coverage { plan: String }
    `;
    expect(() => schemaOf(schema)).toThrow(/Coverage\.payer is neither @phi nor @public/);
    expect(phiDeclarationProblems(schemaOfUnchecked(schema))).toEqual([
      "Coverage.payer is neither @phi nor @public; Coverage carries patient data, so say which it is.",
      "Coverage.plan is neither @phi nor @public; Coverage carries patient data, so say which it is.",
    ]);
  });

  it("refuse a type that names a patient without declaring @patientData, and marks that mean nothing", () => {
    const problems = phiDeclarationProblems(
      schemaOfUnchecked(`
        type Query { appointment: Appointment, room: Room }
        type Appointment { id: ID! patientId: ID! reason: String }
        type Room { id: ID! @public name: String! @phi }
        type Order @patientData(patient: "patientId") { id: ID! @public @phi }
      `),
    );
    expect(problems).toEqual([
      "Appointment names a patient (Appointment.patientId) but does not declare @patientData; mark its fields @phi or @public.",
      "Room.id is marked @public, but Room does not declare @patientData.",
      "Room.name is marked @phi, but Room does not declare @patientData.",
      "Order.id is both @phi and @public; it is one or the other.",
    ]);
  });

  it("accept a schema without patient data, and one whose every field is declared", () => {
    expect(phiDeclarationProblems(schemaOf(`type Query { device: Device } type Device { id: ID! name: String! }`))).toEqual([]);
    expect(phiDeclarationProblems(schemaOf(records, recordResolvers))).toEqual([]);
  });
});

describe("@phi fields", () => {
  it("resolve for phi:read and record one read per named patient, under the field's, else the type's name", async () => {
    const { result, reads } = await read(`{ records { id note reason derived } }`, ["phi:read"]);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ records: [{ id: "r1", note: "Sister's name is Ann", reason: "Twin", derived: "SISTER'S NAME IS ANN" }] });
    expect(reads).toEqual([
      { patientId: "p1", fields: ["recordReason", "records"] },
      { patientId: "p2", fields: ["recordReason", "records"] },
    ]);
  });

  it("answer FORBIDDEN on each PHI field only, record nothing, and still serve the @public ones", async () => {
    const { result, reads } = await read(`{ records { id note } }`, ["audit:read"]);
    expect(result.errors?.map((error) => [error.path, error.extensions.code])).toEqual([[["records", 0, "note"], "FORBIDDEN"]]);
    expect(reads).toEqual([]);
    const open = await read(`{ records { id } }`, []);
    expect(open.result).toEqual({ data: { records: [{ id: "r1" }] } });
  });

  it("fail the field, recording nothing, when the object has no patient id where the type says", async () => {
    const schema = schemaOf(records, { ...recordResolvers, Query: { records: () => [{ ...rows[0], otherId: undefined }] } });
    const { result, reads } = await read(`{ records { note } }`, ["phi:read"], schema);
    expect(result.errors?.[0]?.message).toBe(
      'Record.note: the resolved object has no patient id in "otherId" (see its type\'s @patientData).',
    );
    expect(reads).toEqual([]);
  });
});

// The declarations as written, without buildSchema's refusal, to list every problem at once.
function schemaOfUnchecked(sdl: string): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: parse(`${shared}\n${sdl}`) }]);
}
