import { callSubgraph } from "@gantry/testing/internal-caller";
import { describe, expect, it } from "vitest";
import { countRows, registerTestPatient, type TestPatientsService, usePatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
// Open the whole connection pool first, so the merges really run side by side.
usePatientsService((started) => ({ service } = started), { warmConnections: 20 });

const merge = `mutation ($survivorId: ID!, $duplicateId: ID!) { mergePatients(survivorId: $survivorId, duplicateId: $duplicateId, reason: "Same person at two desks") { id } }`;

describe("crossed merges", () => {
  it("merges each pair once when two desks merge A into B and B into A at the same moment", async () => {
    const pairs: [string, string][] = [];
    for (let pair = 0; pair < 20; pair += 1)
      pairs.push([await registerTestPatient(service, "Crossmerge"), await registerTestPatient(service, "Crossmerge")]);

    const responses = await Promise.all(
      pairs.flatMap(([a, b]) => [
        callSubgraph(service.url, merge, { survivorId: b, duplicateId: a }),
        callSubgraph(service.url, merge, { survivorId: a, duplicateId: b }),
      ]),
    );
    for (let pair = 0; pair < 20; pair += 1) {
      const outcomes = [responses[2 * pair], responses[2 * pair + 1]].map((response) => response?.errors?.[0]?.extensions?.code ?? "OK");
      expect(outcomes.sort(), `pair ${pair}`).toEqual(["CONFLICT", "OK"]);
    }
    const refusal = responses.find((response) => response.errors)?.errors?.[0]?.message;
    expect(refusal).toMatch(/was (itself|already) merged into another record just now/);

    const ids = pairs.flat();
    expect(await countRows(service, "patient_merge")).toBe(20);
    for (const [a, b] of pairs)
      expect(await countRows(service, "patient", "id in (?, ?) and merged_into_id is not null", [a, b]), `${a} ${b}`).toBe(1);
    // No survivor is itself merged: nothing was left pointing at an inactive record.
    const broken = await service.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        `select duplicate.id from patient duplicate join patient survivor on survivor.id = duplicate.merged_into_id
         where duplicate.id in (select jsonb_array_elements_text(?::jsonb)::uuid) and (survivor.merged_into_id is not null or not survivor.active)`,
        [JSON.stringify(ids)],
      );
    expect(broken).toEqual([]);

    const found = await callSubgraph<{ searchPatients: { nodes: { id: string; active: boolean }[] } }>(
      service.url,
      `{ searchPatients(filter: { familyName: "Crossmerge" }, first: 100) { nodes { id active } } }`,
    );
    expect(found.data?.searchPatients.nodes).toHaveLength(20);
    expect(found.data?.searchPatients.nodes.every((patient) => patient.active)).toBe(true);
    for (const [a, b] of pairs)
      expect(found.data?.searchPatients.nodes.filter((patient) => patient.id === a || patient.id === b)).toHaveLength(1);
  });
});
