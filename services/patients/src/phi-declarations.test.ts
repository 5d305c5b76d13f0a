import { assertPhiDeclared, fieldDeclarationOf, objectTypesOf, patientDataOf } from "@gantry/subgraph-kit/phi-declarations";
import { buildSchema } from "@gantry/subgraph-kit/server";
import { describe, expect, it } from "vitest";
import { patientsSubgraph } from "./subgraph.ts";

describe("the patients area's PHI declarations", () => {
  it("declare every field of every type that carries patient data @phi or @public", () => {
    // buildSchema refuses an undeclared field itself; asserting again keeps the rule visible here.
    expect(() => assertPhiDeclared(buildSchema(patientsSubgraph))).not.toThrow();
  });

  // The decision, pinned: a new @public field is a deliberate change to this list, not a slip.
  it("leave public only the records' opaque ids, a patient's active flag and the audit log", () => {
    const schema = buildSchema(patientsSubgraph);
    const open: string[] = [];
    for (const type of objectTypesOf(schema)) {
      if (!patientDataOf(schema, type)) continue;
      for (const field of Object.values(type.getFields()))
        if (fieldDeclarationOf(schema, field).public && type.name !== "AccessLogEntry") open.push(`${type.name}.${field.name}`);
    }
    expect(open.sort()).toEqual([
      "Consent.id",
      "Coverage.id",
      "Patient.active",
      "Patient.id",
      "PatientMerge.id",
      "PriorAuthorization.id",
      "PriorStudyRequest.id",
      "SafetyScreening.id",
    ]);
  });
});
