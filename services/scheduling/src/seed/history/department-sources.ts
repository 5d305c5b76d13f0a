import { addDays, calendarDays } from "@gantry/calendar/calendar";
import type { AreaAsker } from "@gantry/subgraph-kit/area-client";
import type { EntityManager } from "@mikro-orm/postgresql";
import { deviceHours, openingDays, type DeviceHours } from "../../modules/schedule/opening-hours.ts";
import { ScheduleStore } from "../../modules/schedule/schedule.store.ts";
import { rosterByDay, type RosteredTechnologist } from "../../modules/slot-finder/area-availability.ts";
import type { Period } from "../../modules/slot-finder/free-time.ts";

export interface HistoryProcedure {
  id: string;
  modality: string;
  bodyPart: string;
  minutes: number;
  /** Minutes on a device, where they differ from the procedure's default. */
  durations: Map<string, number>;
  contrast: "none" | "oral" | "iv";
  contrastAgent: string | null;
  lateralityRequired: boolean;
  priorAuthRequired: boolean;
  group: string | null;
}

export interface HistoryDevice {
  id: string;
  name: string;
  modality: string;
  /** Opening hours and reserved blocks per department day. */
  days: Map<string, DeviceHours>;
  /** Downtime and maintenance windows (equipment area). */
  downtime: Period[];
}

export interface HistoryPatient {
  id: string;
  female: boolean;
  age: number;
}

/** What a year of bookings has to fit: this area's catalogue and hours, and the other areas' answers. */
export interface Department {
  procedures: HistoryProcedure[];
  devices: HistoryDevice[];
  /** Per modality, per day: who is credentialed and competent that day, with their shifts (staff area's rule). */
  roster: Map<string, Map<string, RosteredTechnologist[]>>;
  patients: HistoryPatient[];
  radiologists: string[];
  schedulers: string[];
  /** Contrast taken from stock (equipment area): each "used" movement, by item. */
  contrastUse: ContrastMovement[];
}

export interface ContrastMovement {
  movementId: string;
  lotId: string;
  item: string;
  occurredAt: Date;
  units: number;
}

/** The staff area answers for at most 31 days a question; the equipment area for 366. */
const rosterChunkDays = 28;
const downtimeChunkDays = 180;
const lettersOfTheAlphabet = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** The catalogue in use, with per-device durations (this area's own tables). */
async function readProcedures(em: EntityManager): Promise<HistoryProcedure[]> {
  const connection = em.getConnection();
  const rows = await connection.execute<
    {
      id: string;
      modality: string;
      body_part: string;
      default_minutes: number;
      contrast: HistoryProcedure["contrast"];
      contrast_agent: string | null;
      laterality_required: boolean;
      prior_auth_required: boolean;
      procedure_group: string | null;
    }[]
  >(
    `select id, modality, body_part, default_minutes, contrast, contrast_agent, laterality_required, prior_auth_required, procedure_group
     from procedure where retired_at is null order by code`,
  );
  const durations = await connection.execute<{ procedure_id: string; device_id: string; minutes: number }[]>(
    `select procedure_id, device_id, minutes from procedure_duration`,
  );
  return rows.map((row) => ({
    id: row.id,
    modality: row.modality,
    bodyPart: row.body_part,
    minutes: row.default_minutes,
    durations: new Map(durations.filter((d) => d.procedure_id === row.id).map((d) => [d.device_id, d.minutes])),
    contrast: row.contrast,
    contrastAgent: row.contrast_agent,
    lateralityRequired: row.laterality_required,
    priorAuthRequired: row.prior_auth_required,
    group: row.procedure_group,
  }));
}

interface DevicesAnswer {
  devices: { nodes: { id: string; name: string; modality: string | null; status: string }[] };
}
interface DowntimeAnswer {
  downtimeWindows: { device: { id: string }; startsAt: string; endsAt: string | null }[];
}

/** The scanners with opening hours here, each with its downtime over the period (equipment area). */
async function readDevices(areas: AreaAsker, em: EntityManager, from: string, to: string, timeZone: string): Promise<HistoryDevice[]> {
  const answer = await areas.ask<DevicesAnswer>({
    area: "equipment",
    checking: "which scanners the department has",
    query: `{ devices(kind: SCANNER, first: 100) { nodes { id name modality status } } }`,
  });
  const store = new ScheduleStore(em);
  const scanners = answer.devices.nodes.filter((device) => device.modality && device.status !== "RETIRED");
  const ids = scanners.map((device) => device.id);
  const [hours, exceptions, blocks] = await Promise.all([
    store.hoursInForce(ids, from, to),
    store.exceptionsBetween(ids, from, to),
    store.blocksInForce(ids, from, to),
  ]);
  const end = new Date(`${addDays(to, 2)}T00:00:00Z`);
  const downtime = new Map<string, Period[]>(ids.map((id) => [id, []]));
  const modalities = [...new Set(scanners.map((device) => device.modality as string))];
  for (const modality of modalities)
    for (const part of chunks(calendarDays(addDays(from, -1), addDays(to, 1)), downtimeChunkDays)) {
      const { downtimeWindows } = await areas.ask<DowntimeAnswer>({
        area: "equipment",
        checking: "when the scanners were down or in maintenance",
        query: `query ($modality: Modality!, $from: DateTime!, $to: DateTime!) {
          downtimeWindows(modality: $modality, from: $from, to: $to) { device { id } startsAt endsAt }
        }`,
        variables: { modality, from: `${part[0]}T00:00:00Z`, to: `${addDays(part.at(-1) as string, 1)}T00:00:00Z` },
      });
      for (const window of downtimeWindows)
        downtime
          .get(window.device.id)
          ?.push({ startsAt: new Date(window.startsAt), endsAt: window.endsAt ? new Date(window.endsAt) : end });
    }
  return scanners
    .filter((device) => hours.some((row) => row.deviceId === device.id))
    .map((device) => {
      const schedule = {
        hours: hours.filter((row) => row.deviceId === device.id),
        exceptions: exceptions.filter((row) => row.deviceId === device.id),
        blocks: blocks.filter((row) => row.deviceId === device.id),
      };
      const days = new Map(openingDays(schedule, from, to, timeZone).map((day) => [day.date, deviceHours([day])]));
      return {
        id: device.id,
        name: device.name,
        modality: (device.modality as string).toLowerCase(),
        days,
        downtime: downtime.get(device.id) ?? [],
      };
    });
}

/** Per modality and day, the technologists the staff area says could work it, a few weeks per question. */
async function readRoster(areas: AreaAsker, modalities: readonly string[], from: string, to: string) {
  const roster = new Map<string, Map<string, RosteredTechnologist[]>>();
  for (const modality of modalities) {
    const byDay = new Map<string, RosteredTechnologist[]>();
    for (const part of chunks(calendarDays(from, to), rosterChunkDays))
      for (const [day, people] of await rosterByDay(areas, modality, part)) byDay.set(day, people);
    roster.set(modality, byDay);
  }
  return roster;
}

interface PatientPage {
  searchPatients: {
    nodes: { id: string; birthDate: string; administrativeSex: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/**
 * Up to `limit` registered patients (patients area; merged records excluded): every family name
 * from A to Z, a page of 100 at a time, then a sample by id, which is as good as random.
 */
async function readPatients(areas: AreaAsker, limit: number, today: string): Promise<HistoryPatient[]> {
  const year = Number(today.slice(0, 4));
  const letterPatients = async (letter: string) => {
    const found: HistoryPatient[] = [];
    let after: string | null = null;
    while (found.length < limit) {
      const page: PatientPage = await areas.ask<PatientPage>({
        area: "patients",
        checking: "which patients are registered",
        query: `query ($letter: String!, $after: String) {
          searchPatients(filter: { familyName: $letter }, first: 100, after: $after) {
            nodes { id birthDate administrativeSex } pageInfo { hasNextPage endCursor }
          }
        }`,
        variables: { letter, after },
      });
      for (const node of page.searchPatients.nodes)
        found.push({ id: node.id, female: node.administrativeSex === "FEMALE", age: year - Number(node.birthDate.slice(0, 4)) });
      if (!page.searchPatients.pageInfo.hasNextPage) break;
      after = page.searchPatients.pageInfo.endCursor;
    }
    return found;
  };
  const patients: HistoryPatient[] = [];
  // A few letters at a time: the patients area answers them in parallel without being swamped.
  for (const letters of chunks(lettersOfTheAlphabet, 4))
    for (const found of await Promise.all(letters.map(letterPatients))) patients.push(...found);
  return patients.sort((a, b) => a.id.localeCompare(b.id)).slice(0, limit);
}

interface ContrastItemsAnswer {
  inventoryItems: { name: string; lots: { id: string }[] }[];
}
interface MovementsAnswer {
  stockMovements: { id: string; kind: string; quantity: number; occurredAt: string }[];
}

/** Every use of a contrast lot in the period, as the equipment area recorded it: a question per lot. */
async function readContrastUse(areas: AreaAsker, from: string, to: string): Promise<ContrastMovement[]> {
  const { inventoryItems } = await areas.ask<ContrastItemsAnswer>({
    area: "equipment",
    checking: "which contrast lots the department keeps",
    query: `{ inventoryItems(category: CONTRAST) { name lots { id } } }`,
  });
  const [start, end] = [Date.parse(`${from}T00:00:00Z`) - 86_400_000, Date.parse(`${to}T00:00:00Z`) + 2 * 86_400_000];
  const movements: ContrastMovement[] = [];
  for (const item of inventoryItems)
    for (const lot of item.lots) {
      const { stockMovements } = await areas.ask<MovementsAnswer>({
        area: "equipment",
        checking: "how much contrast was used",
        query: `query ($lot: ID!) { stockMovements(lotId: $lot) { id kind quantity occurredAt } }`,
        variables: { lot: lot.id },
      });
      for (const movement of stockMovements) {
        const at = Date.parse(movement.occurredAt);
        if (movement.kind === "USED" && at >= start && at < end)
          movements.push({ movementId: movement.id, lotId: lot.id, item: item.name, occurredAt: new Date(at), units: -movement.quantity });
      }
    }
  return movements;
}

async function readNames(areas: AreaAsker, role: "RADIOLOGIST" | "SCHEDULER"): Promise<string[]> {
  const answer = await areas.ask<{ staffDirectory: { nodes: { name: { text: string } }[] } }>({
    area: "staff",
    checking: "who reports and who books",
    query: `query ($role: StaffRole!) { staffDirectory(role: $role, first: 100) { nodes { name { text } } } }`,
    variables: { role },
  });
  return answer.staffDirectory.nodes.map((node) => node.name.text);
}

/** Everything the year of bookings is planned from, read once: this area's tables and the other areas through the gateway. */
export async function readDepartment(
  areas: AreaAsker,
  em: EntityManager,
  options: { from: string; to: string; today: string; timeZone: string; patients: number },
): Promise<Department> {
  const procedures = await readProcedures(em);
  const devices = await readDevices(areas, em, options.from, options.to, options.timeZone);
  const modalities = [...new Set(devices.map((device) => device.modality))];
  const roster = await readRoster(areas, modalities, options.from, options.to);
  const patients = await readPatients(areas, options.patients, options.today);
  const [radiologists, schedulers] = await Promise.all([readNames(areas, "RADIOLOGIST"), readNames(areas, "SCHEDULER")]);
  const contrastUse = await readContrastUse(areas, options.from, options.to);
  return { procedures, devices, roster, patients, radiologists, schedulers, contrastUse };
}
