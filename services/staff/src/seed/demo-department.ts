import { demoAccounts, demoSubject } from "@gantry/auth/demo-identity-provider";
import { wallClockToInstant } from "@gantry/calendar/calendar";
import type { Row } from "@gantry/demo-data/insert-rows";
import { DemoRandom, stableUuid } from "@gantry/demo-data/random";
import { addDays, departmentHours, startOfDepartmentDay } from "../department.ts";
import type { CredentialKind } from "../modules/credential/credential.entity.ts";
import type { Modality } from "@gantry/subgraph-kit/modality";
import type { StaffRole } from "../modules/staff-member/staff-member.entity.ts";
import { npiCheckDigit } from "@gantry/subgraph-kit/npi";
import { familyNames, givenNames } from "./demo-names.ts";

export interface DemoDepartment {
  staff_member: Row[];
  credential: Row[];
  competency: Row[];
  continuing_education: Row[];
  shift: Row[];
}

/** How many people of each role the demo department employs (150 in all). */
const headcount: [StaffRole, number][] = [
  ["technologist", 60],
  ["sonographer", 20],
  ["radiologist", 20],
  ["nurse", 15],
  ["scheduler", 15],
  ["coordinator", 10],
  ["manager", 5],
  ["quality-officer", 5],
];

/** Technologists' primary modality, in turn; some are cross-trained in a second one. */
const technologistModalities: Modality[] = ["xr", "ct", "mr", "xr", "ct", "mr", "mg", "nm"];
const postPrimary: Partial<Record<Modality, CredentialKind>> = { ct: "arrt-ct", mr: "arrt-mr", mg: "arrt-m", nm: "arrt-nm" };
/** The equipment area's demo scanners by room: each room staffed by its own technologist. */
const rooms: Record<Modality, string[]> = {
  xr: ["XR-1", "XR-2", "XR-3"],
  ct: ["CT-1", "CT-2", "CT-3"],
  mr: ["MR-1", "MR-2"],
  us: ["US-1", "US-2"],
  mg: ["MG-1"],
  nm: ["NM-1"],
  pt: ["PET-1"],
  rf: ["RF-1"],
  xa: ["IR-1"],
};
const issuers: Record<CredentialKind, string> = {
  "arrt-r": "ARRT",
  "arrt-ct": "ARRT",
  "arrt-mr": "ARRT",
  "arrt-m": "ARRT",
  "arrt-nm": "ARRT",
  "ardms-rdms": "ARDMS",
  "ardms-rdcs": "ARDMS",
  "ardms-rvt": "ARDMS",
  nmtcb: "NMTCB",
  bls: "American Heart Association",
  "state-license": "State Board",
};

interface Person {
  id: string;
  role: StaffRole;
  modalities: Modality[];
  /** A demo account signs in as this person: in good standing, on the early CT shift every weekday. */
  demo?: { username: string; givenName: string; familyName: string };
}

/**
 * The demo accounts' own staff records, by role: the first person of each role takes the account's
 * name, so "my worklist" and the names on screens agree with who signed in.
 */
const demoPeople: Partial<Record<StaffRole, string>> = {
  technologist: "technologist",
  radiologist: "radiologist",
  scheduler: "scheduler",
  coordinator: "coordinator",
  manager: "manager",
  "quality-officer": "quality",
};

function demoPerson(role: StaffRole, index: number): Person["demo"] {
  // The second technologist is the first whose primary modality is CT, where the demo rota puts them.
  const username = index === (role === "technologist" ? 1 : 0) ? demoPeople[role] : undefined;
  const account = demoAccounts.find((candidate) => candidate.username === username);
  if (!account) return undefined;
  const [givenName = "", ...family] = account.name.replace(/^Dr\. /, "").split(" ");
  return { username: account.username, givenName, familyName: family.join(" ") };
}

/**
 * The whole demo department as table rows, built only from `today` and a fixed seed: the same
 * day always gives the same ids, names, credentials and rota.
 */
export function buildDemoDepartment(today: string): DemoDepartment {
  const random = new DemoRandom(20261123);
  const createdAt = startOfDepartmentDay(today).toISOString();
  const data: DemoDepartment = { staff_member: [], credential: [], competency: [], continuing_education: [], shift: [] };
  const people: Person[] = [];
  let number = 0;
  for (const [role, count] of headcount) {
    for (let index = 0; index < count; index++) {
      number += 1;
      const demo = demoPerson(role, index);
      const person: Person = {
        id: stableUuid("staff", `staff:${number}`),
        role,
        modalities: modalitiesFor(role, index, random),
        ...(demo ? { demo } : {}),
      };
      people.push(person);
      const firstNine = `1${String(number * 7919).padStart(8, "0")}`;
      const [familyName, givenName] = [random.pick(familyNames), random.pick(givenNames)];
      // A few people have left; they keep their records but drop out of rotas and watch lists.
      const left = random.chance(0.03);
      data.staff_member.push({
        id: person.id,
        employee_id: `E${String(10000 + number)}`,
        family_name: demo?.familyName ?? familyName,
        given_name: demo?.givenName ?? givenName,
        role,
        npi: role === "radiologist" ? `${firstNine}${npiCheckDigit(firstNine)}` : null,
        active: demo ? true : !left,
        sign_in_subject: demo ? demoSubject(demo.username) : null,
        modalities: `{${person.modalities.join(",")}}`,
        created_at: createdAt,
        updated_at: createdAt,
      });
      addCredentials(data, person, today, random, createdAt);
      addCompetencies(data, person, today, random, createdAt);
      addEducation(data, person, today, random, createdAt);
    }
  }
  addShifts(data, people, today);
  return data;
}

function modalitiesFor(role: StaffRole, index: number, random: DemoRandom): Modality[] {
  if (role === "sonographer") return ["us"];
  if (role !== "technologist") return [];
  const primary = technologistModalities[index % technologistModalities.length] as Modality;
  // Radiographers are often cross-trained in CT.
  return primary === "xr" && random.chance(0.3) ? ["xr", "ct"] : [primary];
}

function credentialKinds(person: Person, random: DemoRandom): CredentialKind[] {
  switch (person.role) {
    case "technologist": {
      const kinds = new Set<CredentialKind>(["bls"]);
      for (const modality of person.modalities) {
        if (modality === "nm" && random.chance(0.5)) {
          kinds.add("nmtcb");
          continue;
        }
        kinds.add("arrt-r");
        const extra = postPrimary[modality];
        if (extra) kinds.add(extra);
      }
      return [...kinds];
    }
    case "sonographer":
      return [
        "bls",
        "ardms-rdms",
        ...(random.chance(0.3) ? (["ardms-rvt"] as const) : []),
        ...(random.chance(0.2) ? (["ardms-rdcs"] as const) : []),
      ];
    case "radiologist":
    case "nurse":
      return ["bls", "state-license"];
    default:
      return [];
  }
}

function addCredentials(data: DemoDepartment, person: Person, today: string, random: DemoRandom, createdAt: string): void {
  for (const kind of credentialKinds(person, random)) {
    // Spread expiries: a few already lapsed, a steady stream in the 30/60/90-day windows, most later.
    const drawnExpiry = addDays(today, random.chance(0.06) ? random.int(-60, -1) : random.int(0, 700));
    const roll = random.next();
    const drawnVerification = roll < 0.86 ? "verified" : roll < 0.96 ? "unverified" : "failed";
    const expiresOn = person.demo ? addDays(today, 400) : drawnExpiry;
    const verification = person.demo ? "verified" : drawnVerification;
    data.credential.push({
      id: stableUuid("staff", `credential:${person.id}:${kind}`),
      staff_member_id: person.id,
      kind,
      number: `${kind.toUpperCase()}-${random.int(100000, 999999)}`,
      issuer: issuers[kind],
      // First issued years ago and renewed since, so last year's rota was credentialed too.
      issued_on: addDays(today, -random.int(400, 3000)),
      expires_on: expiresOn,
      verification,
      verified_by: verification === "unverified" ? null : "Casey Coordinator",
      verified_at: verification === "unverified" ? null : `${addDays(expiresOn, -720)}T10:00:00.000Z`,
      created_at: createdAt,
      updated_at: createdAt,
    });
  }
}

function addCompetencies(data: DemoDepartment, person: Person, today: string, random: DemoRandom, createdAt: string): void {
  for (const modality of person.modalities) {
    const assessedOn = addDays(today, -random.int(10, 330));
    const roll = random.next();
    // Last year's assessment, passed and due when this year's took place: the year before is covered.
    const previousOn = addDays(assessedOn, -365);
    data.competency.push({
      id: stableUuid("staff", `competency:${person.id}:${modality}:previous`),
      staff_member_id: person.id,
      modality,
      exam_type: null,
      assessed_by: "Morgan Manager",
      assessed_on: previousOn,
      result: "passed",
      next_due_on: assessedOn,
      created_at: createdAt,
    });
    data.competency.push({
      id: stableUuid("staff", `competency:${person.id}:${modality}`),
      staff_member_id: person.id,
      modality,
      exam_type: null,
      assessed_by: "Morgan Manager",
      assessed_on: assessedOn,
      result: person.demo || roll < 0.9 ? "passed" : roll < 0.95 ? "needs-review" : "failed",
      next_due_on: addDays(assessedOn, 365),
      created_at: createdAt,
    });
  }
}

function addEducation(data: DemoDepartment, person: Person, today: string, random: DemoRandom, createdAt: string): void {
  if (person.role !== "technologist") return;
  const activities = random.int(0, 9);
  for (let index = 0; index < activities; index++) {
    data.continuing_education.push({
      id: stableUuid("staff", `ce:${person.id}:${index}`),
      staff_member_id: person.id,
      title: random.pick([
        "Radiation safety update",
        "Contrast reactions",
        "MRI safety",
        "CT dose optimization",
        "Patient communication",
        "Breast imaging QC",
      ]),
      category: random.chance(0.8) ? "A" : "A+",
      credits: random.int(2, 8) / 2,
      completed_on: addDays(today, -random.int(1, 700)),
      created_at: createdAt,
    });
  }
}

/** The rota runs from a year ago to four weeks ahead: the history the scheduling seed books against. */
const rotaDays = { before: 365, after: 28 };

/**
 * Per room, an early (07:00–15:00) and a late (11:00–19:00) shift; per modality an on-call night
 * (19:00–07:00); mammography and NM close at weekends. Times are wall-clock times on the
 * department's clock, so a daylight-saving day's shift still starts at 07:00 local.
 */
function addShifts(data: DemoDepartment, people: Person[], today: string): void {
  const zone = departmentHours.timeZone;
  const at = (day: string, hour: number) =>
    wallClockToInstant(addDays(day, Math.floor(hour / 24)), `${String(hour % 24).padStart(2, "0")}:00`, zone).toISOString();
  const active = new Set(data.staff_member.filter((row) => row.active).map((row) => row.id));
  const modalityList: Modality[] = ["xr", "ct", "mr", "us", "mg", "nm"];
  // The demo technologist works the early CT-1 shift every weekday and nothing else, so their own worklist has patients.
  const demoTechnologist = people.find((person) => person.demo && person.modalities.includes("ct"));
  const pools = new Map(
    modalityList.map((modality) => [
      modality,
      people.filter((person) => person.modalities.includes(modality) && active.has(person.id) && person !== demoTechnologist),
    ]),
  );
  const created = at(today, 0);
  for (let offset = -rotaDays.before; offset < rotaDays.after; offset++) {
    const day = addDays(today, offset);
    // The rota of a date depends on the date alone, so seeding on another day adds rows that fit.
    const dayNumber = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    const weekend = new Date(`${day}T00:00:00Z`).getUTCDay() % 6 === 0;
    const busy = new Set<string>();
    for (const modality of modalityList) {
      if (weekend && (modality === "mg" || modality === "nm")) continue;
      const pool = pools.get(modality) ?? [];
      const roomList = rooms[modality];
      type Block = [start: number, end: number, kind: "regular" | "on-call", room: string];
      const blocks = roomList.flatMap((room): Block[] => [
        [departmentHours.opensAtHour, 15, "regular", room],
        [11, departmentHours.closesAtHour, "regular", room],
      ]);
      if (modality !== "mg" && modality !== "nm")
        blocks.push([departmentHours.closesAtHour, 24 + departmentHours.opensAtHour, "on-call", roomList[0] as string]);
      blocks.forEach(([start, end, kind, room], blockIndex) => {
        const demoTurn = demoTechnologist && modality === "ct" && blockIndex === 0 && !weekend;
        const person = demoTurn
          ? demoTechnologist
          : pool
              .map((_, turn) => pool[(dayNumber * 3 + blockIndex + turn) % pool.length] as Person)
              .find((candidate) => !busy.has(candidate.id));
        if (!person) return;
        busy.add(person.id);
        data.shift.push({
          id: stableUuid("staff", `shift:${day}:${modality}:${blockIndex}`),
          staff_member_id: person.id,
          starts_at: at(day, start),
          ends_at: at(day, end),
          modality,
          location: room,
          kind,
          cancelled_at: null,
          cancelled_by: null,
          cancel_reason: null,
          created_at: created,
          updated_at: created,
        });
      });
    }
  }
}
