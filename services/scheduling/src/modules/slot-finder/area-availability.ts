import type { AreaAsker } from "@gantry/subgraph-kit/area-client";
import type { Period } from "./free-time.ts";

export interface AvailableDevice {
  id: string;
  name: string;
  downtime: Period[];
}

export interface RosteredTechnologist {
  id: string;
  name: string;
  /** Regular, live shifts for the modality (or for none in particular), as periods. */
  shifts: Period[];
}

interface DevicesAnswer {
  devices: { nodes: { id: string; name: string }[] };
  downtimeWindows: { device: { id: string }; startsAt: string; endsAt: string | null }[];
}

/** The modality's scanners in service, each with its downtime and maintenance in [from, to): one question to equipment. */
export async function devicesInService(areas: AreaAsker, modality: string, from: Date, to: Date): Promise<AvailableDevice[]> {
  const answer = await areas.ask<DevicesAnswer>({
    area: "equipment",
    checking: "which devices are in service",
    query: `query ($modality: Modality!, $from: DateTime!, $to: DateTime!) {
      devices(modality: $modality, status: ACTIVE, kind: SCANNER, first: 100) { nodes { id name } }
      downtimeWindows(modality: $modality, from: $from, to: $to) { device { id } startsAt endsAt }
    }`,
    variables: { modality: modality.toUpperCase(), from: from.toISOString(), to: to.toISOString() },
  });
  return answer.devices.nodes.map((device) => ({
    ...device,
    downtime: answer.downtimeWindows
      .filter((window) => window.device.id === device.id)
      // An open DOWN period blocks until it is closed: to the end of the search.
      .map((window) => ({ startsAt: new Date(window.startsAt), endsAt: window.endsAt ? new Date(window.endsAt) : to })),
  }));
}

interface ShiftAnswer {
  startsAt: string;
  endsAt: string;
  kind: string;
  cancelled: boolean;
  modality: string | null;
}
type RosterAnswer = {
  staffCredentialedDuring: { staffMember: { id: string; name: { text: string }; shifts: ShiftAnswer[] }; days: string[] }[];
};

/**
 * Per department day, the technologists credentialed and competent for the modality that day
 * (the staff area's rule) with their shifts: one question to staff for the whole period.
 */
export async function rosterByDay(
  areas: AreaAsker,
  modality: string,
  days: readonly string[],
): Promise<Map<string, RosteredTechnologist[]>> {
  const roster = new Map<string, RosteredTechnologist[]>(days.map((day) => [day, []]));
  const [from, to] = [days[0], days.at(-1)];
  if (!from || !to) return roster;
  const answer = await areas.ask<RosterAnswer>({
    area: "staff",
    checking: "which technologists are credentialed and on shift",
    query: `query ($modality: Modality!, $from: Date!, $to: Date!) {
      staffCredentialedDuring(modality: $modality, from: $from, to: $to) {
        days
        staffMember { id name { text } shifts(from: $from, to: $to) { startsAt endsAt kind cancelled modality } }
      }
    }`,
    variables: { modality: modality.toUpperCase(), from, to },
  });
  const upper = modality.toUpperCase();
  for (const { staffMember, days: credentialedDays } of answer.staffCredentialedDuring) {
    const shifts = staffMember.shifts
      .filter((shift) => !shift.cancelled && shift.kind === "REGULAR" && (shift.modality === null || shift.modality === upper))
      .map((shift) => ({ startsAt: new Date(shift.startsAt), endsAt: new Date(shift.endsAt) }));
    // A shift belongs to the day it is credentialed on: a person qualified on Monday only is not offered on Tuesday.
    for (const day of credentialedDays) roster.get(day)?.push({ id: staffMember.id, name: staffMember.name.text, shifts });
  }
  return roster;
}
