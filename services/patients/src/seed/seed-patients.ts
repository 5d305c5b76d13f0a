import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { Consent } from "../modules/consent/consent.entity.ts";
import type { Coverage } from "../modules/coverage/coverage.entity.ts";
import { Patient } from "../modules/patient/patient.entity.ts";
import type { PriorAuthorization } from "../modules/prior-authorization/prior-authorization.entity.ts";
import type { PriorStudyRequest } from "../modules/prior-study-request/prior-study-request.entity.ts";
import type { SafetyScreening } from "../modules/safety-screening/safety-screening.entity.ts";
import {
  cities,
  demoProcedureCodes,
  familyNames,
  femaleGivenNames,
  languages,
  maleGivenNames,
  outsideFacilities,
  payers,
  streets,
} from "./demo-names.ts";
import { DemoRandom } from "@gantry/demo-data/random";

export interface PatientsDemoOptions {
  /** The day the demo is built around (YYYY-MM-DD); every date is relative to it. */
  today: string;
  patients: number;
}

const seed = 20261123;
const dayMs = 24 * 60 * 60 * 1000;
/** Patients per INSERT statement (with their records): a few megabytes of JSON each. */
const chunkSize = 5000;

// The demo accounts of libs/auth's demo identity provider, so seeded records show familiar names.
const scheduler = { subject: "demo:scheduler", name: "Sam Scheduler" };
const technologist = { subject: "demo:technologist", name: "Taylor Technologist" };

interface DemoRows {
  patients: Partial<Patient>[];
  coverages: Partial<Coverage>[];
  screenings: Partial<SafetyScreening>[];
  consents: Partial<Consent>[];
  authorizations: Partial<PriorAuthorization>[];
  priorStudies: Partial<PriorStudyRequest>[];
}

function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

const emptyRows = (): DemoRows => ({ patients: [], coverages: [], screenings: [], consents: [], authorizations: [], priorStudies: [] });

/**
 * Builds the rows from the seeded stream, `chunkSize` patients (with their records) at a time:
 * same options, same rows, byte for byte, whatever the chunk size.
 */
function* demoChunks(options: PatientsDemoOptions, chunkSize: number): Generator<DemoRows> {
  const random = new DemoRandom(seed);
  const morning = new Date(`${options.today}T08:00:00Z`).getTime();
  const at = (daysAgo: number, minutes = 0) => new Date(morning - daysAgo * dayMs + minutes * 60_000);
  let rows = emptyRows();

  for (let index = 1; index <= options.patients; index += 1) {
    const sex = random.chance(0.51) ? "female" : "male";
    const familyName = random.pick(familyNames);
    const givenName = random.pick(sex === "female" ? femaleGivenNames : maleGivenNames);
    const ageDays = random.int(365, 95 * 365);
    const [city, region, zipPrefix] = random.pick(cities);
    const language = random.pick(languages);
    const registeredDaysAgo = random.int(1, 3 * 365);
    const patientId = random.uuid();
    const phone = `+1 555 ${random.digits(3)} ${random.digits(4)}`;
    rows.patients.push({
      id: patientId,
      mrn: `G${String(index).padStart(8, "0")}`,
      familyName,
      givenName,
      middleName: random.chance(0.3) ? random.pick(sex === "female" ? femaleGivenNames : maleGivenNames) : null,
      birthDate: isoDay(at(ageDays)),
      administrativeSex: sex,
      phone,
      email: random.chance(0.6) ? `${givenName}.${familyName}${index}@example.org`.toLowerCase().replace(/'/g, "") : null,
      addressLine: `${random.int(1, 9999)} ${random.pick(streets)}`,
      city,
      region,
      postalCode: `${zipPrefix}${random.digits(2)}`,
      country: "US",
      preferredLanguage: language,
      interpreterNeeded: language !== "en" && random.chance(0.6),
      emergencyContactName: random.chance(0.7) ? `${random.pick(femaleGivenNames)} ${familyName}` : null,
      emergencyContactPhone: null,
      emergencyContactRelationship: null,
      active: true,
      mergedIntoId: null,
      createdAt: at(registeredDaysAgo),
      updatedAt: at(registeredDaysAgo),
    });
    const contact = rows.patients[rows.patients.length - 1] as Partial<Patient>;
    if (contact.emergencyContactName) {
      contact.emergencyContactPhone = `+1 555 ${random.digits(3)} ${random.digits(4)}`;
      contact.emergencyContactRelationship = random.pick(["spouse", "parent", "child", "sibling", "friend"]);
    }

    const [payer, plans] = random.pick(payers);
    const verified = random.chance(0.75);
    rows.coverages.push({
      id: random.uuid(),
      patientId,
      payer,
      memberId: `${payer.slice(0, 2).toUpperCase()}${random.digits(9)}`,
      groupNumber: random.chance(0.7) ? `GRP-${random.digits(5)}` : null,
      plan: random.pick(plans),
      subscriberRelation: random.chance(0.8) ? "self" : random.pick(["spouse", "child", "other"] as const),
      status: random.chance(0.94) ? "active" : random.pick(["cancelled", "draft"] as const),
      periodStart: `${options.today.slice(0, 4)}-01-01`,
      periodEnd: `${options.today.slice(0, 4)}-12-31`,
      verificationOutcome: verified ? (random.chance(0.95) ? "eligible" : "not-eligible") : null,
      verificationNote: null,
      verifiedAt: verified ? at(random.int(0, 60), random.int(0, 480)) : null,
      verifiedBySubject: verified ? scheduler.subject : null,
      verifiedByName: verified ? scheduler.name : null,
      recordedBySubject: scheduler.subject,
      recordedByName: scheduler.name,
      createdAt: at(registeredDaysAgo),
      updatedAt: at(registeredDaysAgo),
    });

    // Screened some time in the last two months, valid 30 days: about half are current today.
    const screenedAt = at(random.int(0, 60), random.int(0, 480));
    const stamp = { ...technologist, at: screenedAt.toISOString() };
    const childBearing = sex === "female" && ageDays > 12 * 365 && ageDays < 55 * 365;
    const contrastAllergy = random.chance(0.05);
    const egfr = random.chance(0.4) ? random.int(18, 120) : null;
    rows.screenings.push({
      id: random.uuid(),
      patientId,
      pregnancyStatus: childBearing ? (random.chance(0.03) ? "pregnant" : "not-pregnant") : "not-applicable",
      contrastAllergy,
      priorContrastReactions: contrastAllergy ? "Hives after iodinated contrast" : null,
      latexAllergy: random.chance(0.03),
      pacemaker: random.chance(0.02),
      implants: random.chance(0.08),
      implantDetails: null,
      metalFragments: random.chance(0.01),
      claustrophobia: random.chance(0.07),
      egfr,
      egfrMeasuredOn: egfr === null ? null : isoDay(screenedAt),
      weightKg: random.int(350, 1300) / 10,
      answers: {
        "pregnancy-status": stamp,
        "contrast-allergy": stamp,
        "latex-allergy": stamp,
        pacemaker: stamp,
        implants: stamp,
        "metal-fragments": stamp,
        claustrophobia: stamp,
        weight: stamp,
        ...(egfr === null ? {} : { egfr: stamp }),
      },
      recordedAt: screenedAt,
      recordedBySubject: technologist.subject,
      recordedByName: technologist.name,
      expiresAt: new Date(screenedAt.getTime() + 30 * dayMs),
    });

    const consent = (kind: Consent["kind"], signedDaysAgo: number): Partial<Consent> => ({
      id: random.uuid(),
      patientId,
      kind,
      status: "active",
      orderReference: null,
      signedAt: at(signedDaysAgo),
      signerName: ageDays < 18 * 365 ? `${random.pick(femaleGivenNames)} ${familyName}` : `${givenName} ${familyName}`,
      signerRelationship: ageDays < 18 * 365 ? "parent" : "self",
      recordedAt: at(signedDaysAgo),
      recordedBySubject: scheduler.subject,
      recordedByName: scheduler.name,
    });
    rows.consents.push(consent("privacy-notice", registeredDaysAgo));
    if (random.chance(0.4)) rows.consents.push(consent("procedure", random.int(0, 30)));
    if (random.chance(0.2)) rows.consents.push(consent("contrast", random.int(0, 30)));

    if (random.chance(0.1)) {
      const approved = random.chance(0.8);
      const requestedDaysAgo = random.int(1, 40);
      rows.authorizations.push({
        id: random.uuid(),
        patientId,
        orderReference: `ACC${String(index).padStart(7, "0")}`,
        procedureCode: random.pick(demoProcedureCodes),
        payerReference: approved ? `PA-${random.digits(8)}` : null,
        status: approved ? "approved" : "requested",
        validFrom: approved ? isoDay(at(requestedDaysAgo - 1)) : null,
        validUntil: approved ? isoDay(at(requestedDaysAgo - 61)) : null,
        decisionNote: null,
        requestedAt: at(requestedDaysAgo),
        requestedBySubject: scheduler.subject,
        requestedByName: scheduler.name,
        decidedAt: approved ? at(requestedDaysAgo - 1) : null,
        decidedBySubject: approved ? scheduler.subject : null,
        decidedByName: approved ? scheduler.name : null,
      });
    }
    if (random.chance(0.03)) {
      const received = random.chance(0.5);
      const requestedDaysAgo = random.int(2, 20);
      rows.priorStudies.push({
        id: random.uuid(),
        patientId,
        facility: random.pick(outsideFacilities),
        studiesDescription: "Prior cross-sectional imaging, last 2 years",
        status: received ? "received" : "requested",
        requestedAt: at(requestedDaysAgo),
        requestedBySubject: scheduler.subject,
        requestedByName: scheduler.name,
        receivedAt: received ? at(requestedDaysAgo - 1) : null,
        receivedBySubject: received ? scheduler.subject : null,
        receivedByName: received ? scheduler.name : null,
        note: null,
      });
    }
    if (index % chunkSize === 0 || index === options.patients) {
      yield rows;
      rows = emptyRows();
    }
  }
}

const columnNames = new Map<string, string>();
function columnName(property: string): string {
  let column = columnNames.get(property);
  if (column === undefined) {
    column = property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    columnNames.set(property, column);
  }
  return column;
}

function toColumns(row: object): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) columns[columnName(key)] = value;
  return columns;
}

/** Where each kind of row goes, in foreign-key order. */
const tables: [keyof DemoRows, string][] = [
  ["patients", "patient"],
  ["coverages", "coverage"],
  ["screenings", "safety_screening"],
  ["consents", "consent"],
  ["authorizations", "prior_authorization"],
  ["priorStudies", "prior_study_request"],
];

/**
 * One statement per chunk: each table's rows travel as one JSON parameter (bound, not inlined
 * into the SQL) that PostgreSQL expands; data-modifying CTEs put all six tables in one statement,
 * so foreign keys are checked at its end.
 */
const chunkInsert = `with ${tables
  .map(
    ([, table], index) =>
      `${table}_rows as (insert into ${table} select * from json_populate_recordset(null::${table}, $${index + 1}::json))`,
  )
  .join(", ")} select 1`;

function sendChunk(em: EntityManager, rows: DemoRows): Promise<unknown> {
  const kysely = em.getKysely();
  const parameters = tables.map(([kind]) => JSON.stringify(rows[kind].map(toColumns)));
  const compiled = {
    sql: chunkInsert,
    parameters,
    query: { kind: "RawNode", sqlFragments: [chunkInsert], parameters: [] },
    queryId: { queryId: "seed-patients" },
  };
  return kysely.executeQuery(compiled as unknown as Parameters<typeof kysely.executeQuery>[0]);
}

/**
 * Loads deterministic demo patients (each with a coverage, a safety screening and consents;
 * some with prior authorizations and outside-study requests) into an empty patients database.
 * Does nothing if any patient exists, so it is safe to run on every start.
 */
export async function seedPatientsDemoData(orm: MikroORM, options: PatientsDemoOptions): Promise<string> {
  const em = orm.em.fork();
  const existing = await em.count(Patient, {});
  if (existing > 0) return `${existing} patients already present; demo data left unchanged`;
  const counts = Object.fromEntries(tables.map(([kind]) => [kind, 0])) as Record<keyof DemoRows, number>;
  await em.transactional(async (tx) => {
    let inFlight: Promise<unknown> | null = null;
    for (const rows of demoChunks(options, chunkSize)) {
      for (const [kind] of tables) counts[kind] += rows[kind].length;
      // The next chunk was built while the database stored the previous one; statements still run one at a time.
      if (inFlight) await inFlight;
      inFlight = sendChunk(tx, rows);
    }
    if (inFlight) await inFlight;
    // Registrations after the seed continue the MRN series instead of colliding with it.
    if (counts.patients > 0) await tx.execute(`select setval('patient_mrn_seq', ?)`, [counts.patients]);
  });
  return `seeded ${counts.patients} patients, ${counts.coverages} coverages, ${counts.screenings} screenings, ${counts.consents} consents, ${counts.authorizations} prior authorizations, ${counts.priorStudies} prior-study requests`;
}
