import { describe, expect, it } from "vitest";
import { loggedReads, type TestPatientsService, usePatientsService } from "../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
usePatientsService((started) => ({ service, patientId } = started));

// Before the declarations, only Patient's own fields were guarded: a record read any other way
// than through Patient (here, a mutation's answer) went out unlogged.
describe("records declared @patientData", () => {
  it("log a read of their PHI however they are reached, against their patient", async () => {
    const added = await service.call<{ addCoverage: { id: string; payer: string } }>(
      `mutation ($input: AddCoverageInput!) { addCoverage(input: $input) { id payer memberId } }`,
      { input: { patientId, payer: "Declared Mutual", memberId: "DM-1001", subscriberRelation: "SELF" } },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addCoverage.payer).toBe("Declared Mutual");
    expect((await loggedReads(service, patientId))[0]).toEqual({ fields: ["coverages"], actor_subject: "test:scheduler" });

    // Only @public fields selected: nothing of the patient's was read, so nothing more is logged.
    const before = (await loggedReads(service, patientId)).length;
    const bare = await service.call(`mutation ($id: ID!) { verifyCoverage(id: $id, outcome: ELIGIBLE) { id } }`, {
      id: added.data?.addCoverage.id,
    });
    expect(bare.errors).toBeUndefined();
    expect(await loggedReads(service, patientId)).toHaveLength(before);
  });
});
