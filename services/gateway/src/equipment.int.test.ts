import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";

// The equipment area through the real gateway. (The equipment package cannot depend on the gateway's
// test stack without a package cycle, so its federation tests live here.)
let stack: FederatedStack;
beforeAll(async () => {
  stack = await startFederatedStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function data<T>(response: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const result = await response;
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe("equipment area through the gateway", () => {
  it("shows who disinfected a probe with their name and credentials, resolved from the staff area", async () => {
    const { addStaffMember } = await data(
      stack.call<{ addStaffMember: { id: string } }>(
        `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
        { input: { employeeId: "EQ-001", familyName: "Okafor", givenName: "Ada", role: "SONOGRAPHER", modalities: ["US"] } },
        "coordinator",
      ),
    );
    await data(
      stack.call(
        `mutation ($input: AddCredentialInput!) { addCredential(input: $input) { id } }`,
        {
          input: {
            staffMemberId: addStaffMember.id,
            kind: "ARDMS_RDMS",
            number: "RDMS-42",
            issuer: "ARDMS",
            issuedOn: "2024-01-01",
            expiresOn: "2028-01-01",
          },
        },
        "coordinator",
      ),
    );
    const { registerDevice } = await data(
      stack.call<{ registerDevice: { id: string } }>(
        `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`,
        {
          input: {
            name: "US-1 linear probe",
            kind: "ULTRASOUND_PROBE",
            modality: "US",
            manufacturer: "GE HealthCare",
            model: "ML6-15-D",
            serialNumber: "GW-PROBE-1",
          },
        },
        "coordinator",
      ),
    );

    const logged = await data(
      stack.call<{
        logDisinfection: {
          result: string;
          performedBy: { id: string; name: { text: string }; role: string; credentials: { kind: string; number: string }[] };
        };
      }>(
        `mutation ($input: LogDisinfectionInput!) {
          logDisinfection(input: $input) { result performedBy { id name { text } role credentials { kind number } } }
        }`,
        { input: { probeId: registerDevice.id, method: "HYDROGEN_PEROXIDE_MIST", performedById: addStaffMember.id, result: "PASS" } },
        "technologist",
      ),
    );
    expect(logged.logDisinfection).toEqual({
      result: "PASS",
      performedBy: {
        id: addStaffMember.id,
        name: { text: "Ada Okafor" },
        role: "SONOGRAPHER",
        credentials: [{ kind: "ARDMS_RDMS", number: "RDMS-42" }],
      },
    });

    const log = await data(
      stack.call<{ disinfectionLog: { performedBy: { name: { text: string } } }[]; probeDisinfectionStatus: { safeToUse: boolean } }>(
        `query ($probeId: ID!) { disinfectionLog(probeId: $probeId) { performedBy { name { text } } } probeDisinfectionStatus(probeId: $probeId) { safeToUse } }`,
        { probeId: registerDevice.id },
        "radiologist",
      ),
    );
    expect(log.disinfectionLog).toEqual([{ performedBy: { name: { text: "Ada Okafor" } } }]);
    expect(log.probeDisinfectionStatus.safeToUse).toBe(true);
  });

  it("keeps equipment changes to the roles that own them through the gateway", async () => {
    const input = { name: "XR-9", kind: "SCANNER", modality: "XR", manufacturer: "Carestream", model: "DRX", serialNumber: "GW-XR-9" };
    const asScheduler = await stack.call(
      `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`,
      { input },
      "scheduler",
    );
    expect(asScheduler.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const asAdmin = await stack.call<{ registerDevice: { id: string } }>(
      `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`,
      { input },
      "admin",
    );
    expect(asAdmin.errors).toBeUndefined();
    const read = await stack.call<{ device: { serialNumber: string } }>(
      `query ($id: ID!) { device(id: $id) { serialNumber } }`,
      { id: asAdmin.data?.registerDevice.id },
      "scheduler",
    );
    expect(read.data?.device.serialNumber).toBe("GW-XR-9");
  });
});
