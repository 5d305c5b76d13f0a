import type { AreaClient } from "@gantry/subgraph-kit/area-client";
import { blocker, type Blocker } from "./blocker.ts";

interface DeviceAnswer {
  device: { id: string; name: string; modality: string | null; status: string } | null;
  downtimeWindows: { reason: string; startsAt: string; endsAt: string | null; note: string | null }[];
}

/** The device must exist, perform the procedure's modality, be ACTIVE, and have no downtime or maintenance in the slot. */
export async function deviceBlockers(
  areas: AreaClient,
  slot: { deviceId: string; modality: string; startsAt: Date; endsAt: Date },
): Promise<{ blockers: Blocker[]; deviceName: string | null }> {
  const answer = await areas.ask<DeviceAnswer>({
    area: "equipment",
    checking: "whether the device is in service",
    query: `query ($id: ID!, $from: DateTime!, $to: DateTime!) {
      device(id: $id) { id name modality status }
      downtimeWindows(deviceId: $id, from: $from, to: $to) { reason startsAt endsAt note }
    }`,
    variables: { id: slot.deviceId, from: slot.startsAt.toISOString(), to: slot.endsAt.toISOString() },
  });
  const device = answer.device;
  if (!device)
    return { blockers: [blocker("DEVICE_UNKNOWN", "equipment", "The equipment register has no such device.", false)], deviceName: null };
  const blockers: Blocker[] = [];
  if (device.modality?.toLowerCase() !== slot.modality)
    blockers.push(
      blocker("DEVICE_WRONG_MODALITY", "equipment", `${device.name} does not perform ${slot.modality.toUpperCase()} exams.`, false),
    );
  if (device.status !== "ACTIVE")
    blockers.push(
      blocker("DEVICE_NOT_IN_SERVICE", "equipment", `${device.name} is ${device.status.toLowerCase()}, not in service.`, false),
    );
  for (const window of answer.downtimeWindows) {
    const what = window.reason === "MAINTENANCE" ? "a maintenance window" : "down";
    blockers.push(blocker("DEVICE_DOWNTIME", "equipment", `${device.name} is ${what} during this slot (from ${window.startsAt}).`, false));
  }
  return { blockers, deviceName: device.name };
}
