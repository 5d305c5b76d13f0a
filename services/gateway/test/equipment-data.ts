import type { FederatedStack } from "./federated-stack.ts";

/** Registers an ultrasound probe and logs one disinfection of it by `performedById`. */
export async function probeWithDisinfection(stack: FederatedStack, serialNumber: string, performedById: string): Promise<string> {
  const device = await stack.call<{ registerDevice: { id: string } }>(
    `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`,
    {
      input: {
        name: `Probe ${serialNumber}`,
        kind: "ULTRASOUND_PROBE",
        modality: "US",
        manufacturer: "GE HealthCare",
        model: "ML6-15-D",
        serialNumber,
      },
    },
    "coordinator",
  );
  const probeId = device.data?.registerDevice.id;
  if (!probeId) throw new Error(`registerDevice: ${JSON.stringify(device.errors)}`);
  // Only the id is asked back: the equipment area alone answers, whatever state the staff area is in.
  const logged = await stack.call(
    `mutation ($input: LogDisinfectionInput!) { logDisinfection(input: $input) { id } }`,
    { input: { probeId, method: "OPA_SOAK", performedById, result: "PASS" } },
    "technologist",
  );
  if (logged.errors) throw new Error(`logDisinfection: ${JSON.stringify(logged.errors)}`);
  return probeId;
}

/** The log with who disinfected: equipment's part, and the staff area's part through the reference. */
export const disinfectionLogWithNames = /* GraphQL */ `
  query ($probeId: ID!) {
    disinfectionLog(probeId: $probeId) {
      method
      result
      performedBy {
        id
        name {
          text
        }
      }
    }
  }
`;
