import { randomUUID } from "node:crypto";
import type { FederatedStack } from "./federated-stack.ts";

/** Registers an ultrasound probe through the gateway and returns its id. */
async function registerProbe(stack: FederatedStack, serialNumber: string): Promise<string> {
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
  return probeId;
}

/** Registers an ultrasound probe and logs one disinfection of it by `performedById` (a staff member the staff area knows). */
export async function probeWithDisinfection(stack: FederatedStack, serialNumber: string, performedById: string): Promise<string> {
  const probeId = await registerProbe(stack, serialNumber);
  // Only the id is asked back: the answer needs no more of the staff area than the check itself.
  const logged = await stack.call(
    `mutation ($input: LogDisinfectionInput!) { logDisinfection(input: $input) { id } }`,
    { input: { probeId, method: "OPA_SOAK", performedById, result: "PASS" } },
    "technologist",
  );
  if (logged.errors) throw new Error(`logDisinfection: ${JSON.stringify(logged.errors)}`);
  return probeId;
}

/**
 * Registers a probe with one passing disinfection already in the equipment area's log, written
 * straight to its database: for stacks whose staff area never answers, where logging one through
 * the API is (rightly) refused. It stands for a disinfection logged while the staff area was up.
 */
export async function probeWithStoredDisinfection(stack: FederatedStack, serialNumber: string, performedById: string): Promise<string> {
  const probeId = await registerProbe(stack, serialNumber);
  const equipment = stack.subgraphs.equipment;
  if (!equipment) throw new Error("the stack has no equipment area");
  await equipment.orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into probe_disinfection (id, probe_id, method, performed_by, performer_confirmed, performed_at, result, recorded_by, created_at)
       values (?, ?, 'opa-soak', ?, true, now(), 'pass', 'Test technologist', now())`,
      [randomUUID(), probeId, performedById],
    );
  return probeId;
}

/** Disinfections of a probe, counted in the equipment area's own database. */
export async function disinfectionRows(stack: FederatedStack, probeId: string): Promise<number> {
  const equipment = stack.subgraphs.equipment;
  if (!equipment) throw new Error("the stack has no equipment area");
  const [row] = await equipment.orm.em
    .fork()
    .getConnection()
    .execute<{ count: string }[]>(`select count(*)::text as count from probe_disinfection where probe_id = ?`, [probeId]);
  return Number(row?.count);
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
