import { callSubgraph } from "@gantry/testing/internal-caller";
import { describe, expect, it } from "vitest";
import { countRows, type TestPatientsService, usePatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
// Open the whole connection pool first: otherwise the first registration commits while the
// others are still connecting, and the race this file is about never happens.
usePatientsService((started) => ({ service } = started), { warmConnections: 20 });

// Only the id comes back, so a registration writes exactly one log entry (its CREATE) and no read.
const register = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;

describe("registering the same person from many desks at once", () => {
  it("keeps one record, refuses the other nineteen with CONFLICT and writes nothing for them", async () => {
    const person = { familyName: "Brennan", givenName: "Aoife", birthDate: "1984-07-19", administrativeSex: "FEMALE" };
    const patientsBefore = await countRows(service, "patient");
    const logBefore = await countRows(service, "phi_access_log");

    // Letter case differs between desks; the duplicate check (and so the lock) ignores it.
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, desk) =>
        callSubgraph<{ registerPatient: { id: string } }>(service.url, register, {
          input: { ...person, familyName: desk % 2 === 0 ? "Brennan" : "BRENNAN" },
        }),
      ),
    );
    const registered = responses.filter((response) => response.data?.registerPatient);
    const refused = responses.filter((response) => response.errors?.[0]?.extensions?.code === "CONFLICT");
    expect(registered).toHaveLength(1);
    expect(refused).toHaveLength(19);
    expect(refused[0]?.errors?.[0]?.message).toContain("is already registered");

    expect(await countRows(service, "patient")).toBe(patientsBefore + 1);
    expect(await countRows(service, "phi_access_log")).toBe(logBefore + 1);
    const id = registered[0]?.data?.registerPatient.id;
    expect(await countRows(service, "phi_access_log", "patient_id = ? and action = 'create'", [id])).toBe(1);
  });

  it("still registers a different person of the same name and birth date when the desk confirms it, even concurrently", async () => {
    const person = { familyName: "Moreau", givenName: "Luc", birthDate: "1991-02-03", administrativeSex: "MALE" };
    const first = await callSubgraph(service.url, register, { input: person });
    expect(first.errors).toBeUndefined();
    const again = await callSubgraph(service.url, register, { input: person });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const confirmed = await Promise.all(
      Array.from({ length: 5 }, () => callSubgraph(service.url, register, { input: { ...person, confirmNotDuplicate: true } })),
    );
    expect(confirmed.map((response) => response.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(await countRows(service, "patient", "family_name = 'Moreau' and birth_date = '1991-02-03'")).toBe(6);
  });
});
