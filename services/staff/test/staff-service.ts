import { startTestAreaService, type TestAreaService } from "@gantry/testing/area-service";
import { staffDataModel, staffSubgraph } from "../src/subgraph.ts";

export interface TestStaffService extends TestAreaService {
  /** Adds a staff member through the API and returns its id. */
  addStaffMember(
    input?: Partial<{ employeeId: string; familyName: string; givenName: string; role: string; npi: string; modalities: string[] }>,
  ): Promise<string>;
}

let employeeNumber = 0;

/** The staff subgraph on a free port with its own fresh database. */
export async function startTestStaffService(): Promise<TestStaffService> {
  const service = await startTestAreaService(staffSubgraph, staffDataModel, { area: "staff", callerRole: "coordinator" });
  const { call } = service;
  return {
    ...service,
    async addStaffMember(input = {}) {
      employeeNumber += 1;
      const response = await call<{ addStaffMember: { id: string } }>(
        `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
        {
          input: {
            employeeId: `T${String(employeeNumber).padStart(5, "0")}`,
            familyName: "Tester",
            givenName: `Tess${employeeNumber}`,
            role: "TECHNOLOGIST",
            ...input,
          },
        },
      );
      const id = response.data?.addStaffMember.id;
      if (!id) throw new Error(`addStaffMember failed: ${JSON.stringify(response.errors)}`);
      return id;
    },
  };
}
