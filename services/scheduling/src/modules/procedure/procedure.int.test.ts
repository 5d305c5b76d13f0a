import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSchedulingService, type TestSchedulingService } from "../../../test/scheduling-service.ts";
import { addProcedure, addTestProcedure, procedureFields, procedureInput } from "./procedure.test-data.ts";

let service: TestSchedulingService;
beforeAll(async () => {
  service = await startTestSchedulingService();
});
afterAll(async () => {
  await service?.stop();
});

type ProcedureView = Record<string, unknown> & { id: string; code: string };
type Problem = { field: string; message: string };

const updateProcedure = `mutation ($id: ID!, $input: UpdateProcedureInput!) { updateProcedure(id: $id, input: $input) { ${procedureFields} } }`;
const retireProcedure = `mutation ($id: ID!, $reason: String!) { retireProcedure(id: $id, reason: $reason) { ${procedureFields} } }`;
const catalogue = `query ($search: String, $modality: Modality, $includeRetired: Boolean, $first: Int, $after: String) {
  procedures(search: $search, modality: $modality, includeRetired: $includeRetired, first: $first, after: $after) {
    totalCount nodes { id code } pageInfo { hasNextPage endCursor }
  }
}`;

async function codesFound(variables: Record<string, unknown>): Promise<string[]> {
  const response = await service.call<{ procedures: { nodes: { code: string }[] } }>(catalogue, { first: 100, ...variables });
  expect(response.errors).toBeUndefined();
  return response.data?.procedures.nodes.map((node) => node.code) ?? [];
}

describe("procedure catalogue", () => {
  it("adds a procedure, reads it by id and by code, edits only what is given and lists it", async () => {
    const input = procedureInput({ code: " ct-abd-pel-w ", cptCode: "74177", procedureGroup: " Body-CT " });
    const added = await service.call<{ addProcedure: ProcedureView }>(addProcedure, { input });
    expect(added.errors).toBeUndefined();
    const procedure = added.data?.addProcedure;
    expect(procedure).toMatchObject({
      code: "CT-ABD-PEL-W",
      cptCode: "74177",
      modality: "CT",
      contrast: "IV",
      contrastAgent: "iohexol (Omnipaque 350)",
      screenings: ["RENAL_FUNCTION", "PREGNANCY"],
      consentRequired: false,
      workloadWeight: 1.75,
      reportDueHours: { routine: 48, urgent: 8, asap: 4, stat: 1 },
      procedureGroup: "body-ct",
      retired: false,
      retiredAt: null,
      createdBy: "Test coordinator",
      durations: [],
    });
    const id = procedure?.id ?? "";

    const byId = await service.call<{ procedure: ProcedureView }>(
      `query ($id: ID!) { procedure(id: $id) { ${procedureFields} } }`,
      { id },
      "technologist",
    );
    expect(byId.data?.procedure).toEqual(procedure);
    const byCode = await service.call<{ procedureByCode: { id: string } | null }>(
      `{ procedureByCode(code: "Ct-Abd-Pel-W") { id } }`,
      {},
      "scheduler",
    );
    expect(byCode.data?.procedureByCode?.id).toBe(id);
    const noCode = await service.call<{ procedureByCode: null }>(`{ procedureByCode(code: "NO SUCH CODE") { id } }`);
    expect(noCode).toMatchObject({ data: { procedureByCode: null } });

    const edited = await service.call<{ updateProcedure: ProcedureView }>(
      updateProcedure,
      {
        id,
        input: {
          name: "CT abdomen and pelvis, non-contrast",
          contrast: "NONE",
          contrastAgent: null,
          screenings: ["PREGNANCY"],
          preparation: null,
          cptCode: "",
        },
      },
      "administrator",
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateProcedure).toMatchObject({
      code: "CT-ABD-PEL-W",
      name: "CT abdomen and pelvis, non-contrast",
      contrast: "NONE",
      contrastAgent: null,
      screenings: ["PREGNANCY"],
      preparation: null,
      cptCode: null,
      defaultMinutes: 25,
      priorAuthRequired: true,
      procedureGroup: "body-ct",
      createdBy: "Test coordinator",
      updatedBy: "Test administrator",
    });

    expect(await codesFound({ search: "abd-pel" })).toEqual(["CT-ABD-PEL-W"]);
    expect(await codesFound({ search: "NON-CONTRAST" })).toEqual(["CT-ABD-PEL-W"]);
    expect(await codesFound({ search: "abd", modality: "MR" })).toEqual([]);
    // LIKE wildcards typed in a search are literal characters.
    expect(await codesFound({ search: "%" })).toEqual([]);
  });

  it("accepts CPT Category I, II and III and HCPCS codes, and pages the catalogue", async () => {
    for (const cptCode of ["70450", "3008F", "0042T", "g0202"]) {
      const response = await service.call<{ addProcedure: { cptCode: string } }>(addProcedure, { input: procedureInput({ cptCode }) });
      expect(response.errors, cptCode).toBeUndefined();
      expect(response.data?.addProcedure.cptCode).toBe(cptCode.toUpperCase());
    }
    const first = await service.call<{
      procedures: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(catalogue, { first: 2 });
    expect(first.data?.procedures.nodes).toHaveLength(2);
    expect(first.data?.procedures.pageInfo.hasNextPage).toBe(true);
    const rest = await service.call<{ procedures: { nodes: { code: string }[] } }>(catalogue, {
      first: 100,
      after: first.data?.procedures.pageInfo.endCursor,
    });
    expect(rest.data?.procedures.nodes).toHaveLength((first.data?.procedures.totalCount ?? 0) - 2);
    const tooMany = await service.call(catalogue, { first: 1000 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses bad input with BAD_USER_INPUT naming the field, and a taken code with CONFLICT, writing nothing", async () => {
    await addTestProcedure(service, { code: "CT-TAKEN" });
    const before = await service.count("procedure");
    const corpus: [string, Record<string, unknown>, string, string?][] = [
      ["CPT of four digits", { cptCode: "7045" }, "BAD_USER_INPUT", "input.cptCode"],
      ["CPT of six characters", { cptCode: "704500" }, "BAD_USER_INPUT", "input.cptCode"],
      ["CPT with a letter inside", { cptCode: "70A50" }, "BAD_USER_INPUT", "input.cptCode"],
      ["CPT ending in X", { cptCode: "7045X" }, "BAD_USER_INPUT", "input.cptCode"],
      ["HCPCS letter I", { cptCode: "I1234" }, "BAD_USER_INPUT", "input.cptCode"],
      ["IV contrast without agent", { contrastAgent: null }, "BAD_USER_INPUT", "input.contrastAgent"],
      ["IV contrast with a blank agent", { contrastAgent: "   " }, "BAD_USER_INPUT", "input.contrastAgent"],
      ["an agent without contrast", { contrast: "NONE" }, "BAD_USER_INPUT", "input.contrastAgent"],
      ["0 minutes", { defaultMinutes: 0 }, "BAD_USER_INPUT", "input.defaultMinutes"],
      ["10000 minutes", { defaultMinutes: 10000 }, "BAD_USER_INPUT", "input.defaultMinutes"],
      ["4 minutes", { defaultMinutes: 4 }, "BAD_USER_INPUT", "input.defaultMinutes"],
      ["fractional minutes", { defaultMinutes: 12.5 }, "BAD_USER_INPUT"],
      ["unknown modality", { modality: "XRAY" }, "BAD_USER_INPUT"],
      ["unknown screening", { screenings: ["ALLERGY"] }, "BAD_USER_INPUT"],
      ["blank name", { name: "   " }, "BAD_USER_INPUT", "input.name"],
      ["invisible name", { name: "\u200b\u200b" }, "BAD_USER_INPUT", "input.name"],
      ["name too long", { name: "x".repeat(201) }, "BAD_USER_INPUT", "input.name"],
      ["NUL byte in the name", { name: "CT head\u0000" }, "BAD_USER_INPUT", "input.name"],
      ["NUL byte in the preparation", { preparation: "Fast\u0000 for 4 hours" }, "BAD_USER_INPUT", "input.preparation"],
      ["NUL byte in the body part", { bodyPart: "head\u0000" }, "BAD_USER_INPUT", "input.bodyPart"],
      ["NUL byte in the code", { code: "CT-\u0000" }, "BAD_USER_INPUT", "input.code"],
      ["code with a space", { code: "CT HEAD" }, "BAD_USER_INPUT", "input.code"],
      ["code starting with a dash", { code: "-CT" }, "BAD_USER_INPUT", "input.code"],
      ["code too long", { code: "CT-".repeat(8) }, "BAD_USER_INPUT", "input.code"],
      ["zero workload", { workloadWeight: 0 }, "BAD_USER_INPUT", "input.workloadWeight"],
      ["three decimals of workload", { workloadWeight: 1.234 }, "BAD_USER_INPUT", "input.workloadWeight"],
      [
        "stat due after routine",
        { reportDueHours: { routine: 1, urgent: 8, asap: 4, stat: 48 } },
        "BAD_USER_INPUT",
        "input.reportDueHours",
      ],
      [
        "report due in 0 hours",
        { reportDueHours: { routine: 48, urgent: 8, asap: 4, stat: 0 } },
        "BAD_USER_INPUT",
        "input.reportDueHours.stat",
      ],
      ["group with spaces", { procedureGroup: "cardiac mr" }, "BAD_USER_INPUT", "input.procedureGroup"],
      [
        "MR without MRI safety",
        { modality: "MR", screenings: ["RENAL_FUNCTION"], contrastAgent: "gadobutrol" },
        "BAD_USER_INPUT",
        "input.screenings",
      ],
      ["duplicate code", { code: "CT-TAKEN" }, "CONFLICT"],
      ["duplicate code in other case", { code: "ct-taken" }, "CONFLICT"],
    ];
    for (const [label, patch, code, field] of corpus) {
      const response = await service.call(addProcedure, { input: procedureInput(patch) });
      expect(response.errors?.[0]?.extensions?.code, label).toBe(code);
      if (field)
        expect(
          (response.errors?.[0]?.extensions?.problems as Problem[]).map((problem) => problem.field),
          label,
        ).toContain(field);
    }
    expect(await service.count("procedure")).toBe(before);
  });

  it("checks an edit against the procedure as it will be saved, and changes nothing when refused", async () => {
    const id = await addTestProcedure(service, { contrast: "NONE", contrastAgent: null, screenings: [] });
    await addTestProcedure(service, { code: "CT-OTHER" });
    const refusals: [string, Record<string, unknown>, string, string?][] = [
      ["IV contrast without agent", { contrast: "IV" }, "BAD_USER_INPUT", "input.contrastAgent"],
      ["agent without contrast", { contrastAgent: "iohexol" }, "BAD_USER_INPUT", "input.contrastAgent"],
      ["MR without MRI safety", { modality: "MR" }, "BAD_USER_INPUT", "input.screenings"],
      ["a required field cleared", { name: null }, "BAD_USER_INPUT", "input.name"],
      ["minutes out of range", { defaultMinutes: 481 }, "BAD_USER_INPUT", "input.defaultMinutes"],
      ["a taken code", { code: "ct-other" }, "CONFLICT"],
    ];
    const before = await service.call<{ procedure: ProcedureView }>(`query ($id: ID!) { procedure(id: $id) { ${procedureFields} } }`, {
      id,
    });
    for (const [label, input, code, field] of refusals) {
      const response = await service.call(updateProcedure, { id, input });
      expect(response.errors?.[0]?.extensions?.code, label).toBe(code);
      if (field)
        expect(
          (response.errors?.[0]?.extensions?.problems as Problem[]).map((problem) => problem.field),
          label,
        ).toContain(field);
    }
    const after = await service.call<{ procedure: ProcedureView }>(`query ($id: ID!) { procedure(id: $id) { ${procedureFields} } }`, {
      id,
    });
    expect(after.data).toEqual(before.data);

    const both = await service.call<{ updateProcedure: ProcedureView }>(updateProcedure, {
      id,
      input: {
        modality: "MR",
        contrast: "IV",
        contrastAgent: "gadobutrol (Gadavist)",
        screenings: ["MRI_SAFETY", "RENAL_FUNCTION", "MRI_SAFETY"],
      },
    });
    expect(both.data?.updateProcedure).toMatchObject({ modality: "MR", contrast: "IV", screenings: ["MRI_SAFETY", "RENAL_FUNCTION"] });

    const unknown = await service.call(updateProcedure, { id: crypto.randomUUID(), input: { name: "Ghost" } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = await service.call(updateProcedure, { id: "not-an-id", input: { name: "Ghost" } });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("retires a procedure: it leaves the catalogue unless asked for, stays readable, and does not change again", async () => {
    const id = await addTestProcedure(service, { code: "CT-OLD-PROTOCOL", name: "CT old protocol" });
    expect(await codesFound({ search: "CT-OLD" })).toEqual(["CT-OLD-PROTOCOL"]);

    const blank = await service.call(retireProcedure, { id, reason: "  " });
    expect(blank.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const retired = await service.call<{ retireProcedure: ProcedureView }>(retireProcedure, {
      id,
      reason: "Replaced by the low-dose protocol",
    });
    expect(retired.errors).toBeUndefined();
    expect(retired.data?.retireProcedure).toMatchObject({ retired: true, retiredBy: "Test coordinator", updatedBy: "Test coordinator" });
    expect(
      await service.count(
        `procedure where id = '${id}' and retired_at is not null and retired_reason = 'Replaced by the low-dose protocol'`,
      ),
    ).toBe(1);

    expect(await codesFound({ search: "CT-OLD" })).toEqual([]);
    expect(await codesFound({ search: "CT-OLD", includeRetired: true })).toEqual(["CT-OLD-PROTOCOL"]);
    const read = await service.call<{ procedure: { retired: boolean } }>(`query ($id: ID!) { procedure(id: $id) { retired } }`, { id });
    expect(read.data?.procedure.retired).toBe(true);

    const again = await service.call(retireProcedure, { id, reason: "Clicked twice" });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(again.errors?.[0]?.message).toContain("Test coordinator");
    const edit = await service.call(updateProcedure, { id, input: { name: "CT revived" } });
    expect(edit.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const duration = await service.call(
      `mutation ($id: ID!, $device: ID!) { setProcedureDuration(procedureId: $id, deviceId: $device, minutes: 20) { id } }`,
      {
        id,
        device: crypto.randomUUID(),
      },
    );
    expect(duration.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await service.count("procedure_duration")).toBe(0);
    const unknown = await service.call(retireProcedure, { id: crypto.randomUUID(), reason: "No such procedure" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
