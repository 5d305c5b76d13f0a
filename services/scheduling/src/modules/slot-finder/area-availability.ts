import type { AreaClient } from "@gantry/subgraph-kit/area-client";
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
export async function devicesInService(areas: AreaClient, modality: string, from: Date, to: Date): Promise<AvailableDevice[]> {
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
type RosterAnswer = Record<string, { id: string; name: { text: string }; shifts: ShiftAnswer[] }[]>;

/**
 * Per department day, the technologists credentialed and competent for the modality that day
 * (the staff area's rule) with their shifts: one question to staff, one alias per day.
 */
export async function rosterByDay(
  areas: AreaClient,
  modality: string,
  days: readonly string[],
): Promise<Map<string, RosteredTechnologist[]>> {
  // Days as variables, so the gateway plans this question once per number of days, not once per search.
  const fields = days.map(
    (_day, index) =>
      `d${index}: staffCredentialedFor(modality: $modality, on: $d${index}) { id name { text } shifts(from: $d${index}, to: $d${index}) { startsAt endsAt kind cancelled modality } }`,
  );
  const dayVariables = days.map((_day, index) => `$d${index}: Date!`).join(", ");
  const answer = await areas.ask<RosterAnswer>({
    area: "staff",
    checking: "which technologists are credentialed and on shift",
    query: `query ($modality: Modality!, ${dayVariables}) { ${fields.join("\n")} }`,
    variables: { modality: modality.toUpperCase(), ...Object.fromEntries(days.map((day, index) => [`d${index}`, day])) },
  });
  const upper = modality.toUpperCase();
  return new Map(
    days.map((day, index) => [
      day,
      (answer[`d${index}`] ?? []).map((member) => ({
        id: member.id,
        name: member.name.text,
        shifts: member.shifts
          .filter((shift) => !shift.cancelled && shift.kind === "REGULAR" && (shift.modality === null || shift.modality === upper))
          .map((shift) => ({ startsAt: new Date(shift.startsAt), endsAt: new Date(shift.endsAt) })),
      })),
    ]),
  );
}
