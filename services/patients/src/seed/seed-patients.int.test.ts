import { openDatabase, type Database } from "@gantry/database/orm";
import { createTestDatabase } from "@gantry/testing/postgres";
import { tableRows } from "@gantry/testing/table-contents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientsDataModel } from "../subgraph.ts";
import { seedPatientsDemoData } from "./seed-patients.ts";

const tables = ["patient", "coverage", "safety_screening", "consent", "prior_authorization", "prior_study_request"];
const options = { today: "2026-11-23", patients: 300 };
const opened: Database[] = [];

async function freshDatabase(): Promise<Database> {
  const orm = await openDatabase({
    url: await createTestDatabase("patients_seed"),
    entities: patientsDataModel.entities,
    migrations: patientsDataModel.migrations,
  });
  opened.push(orm);
  return orm;
}

let first: Database;
let second: Database;
beforeAll(async () => {
  [first, second] = await Promise.all([freshDatabase(), freshDatabase()]);
});
afterAll(async () => {
  for (const orm of opened) await orm.close();
});

describe("patients demo data", () => {
  it("gives every patient a coverage, a screening and consents", async () => {
    const summary = await seedPatientsDemoData(first, options);
    expect(summary).toMatch(/^seeded 300 patients, 300 coverages, 300 screenings, \d+ consents/);
    const [row] = await first.em
      .fork()
      .getConnection()
      .execute<{ bare: string }[]>(
        `select count(*)::text as bare from patient p
       where not exists (select 1 from coverage c where c.patient_id = p.id)
          or not exists (select 1 from safety_screening s where s.patient_id = p.id)
          or not exists (select 1 from consent k where k.patient_id = p.id and k.kind = 'privacy-notice')`,
      );
    expect(row?.bare).toBe("0");
    const [next] = await first.em.fork().getConnection().execute<{ value: string }[]>(`select nextval('patient_mrn_seq')::text as value`);
    expect(next?.value).toBe("301");
  });

  it("writes identical rows into two fresh databases", async () => {
    await seedPatientsDemoData(second, options);
    const [a, b] = await Promise.all([tableRows(first, tables), tableRows(second, tables)]);
    expect(a.patient).toHaveLength(300);
    expect(b).toEqual(a);
  });

  it("leaves a database with patients alone", async () => {
    const before = await tableRows(first, tables);
    const summary = await seedPatientsDemoData(first, { ...options, patients: 50 });
    expect(summary).toBe("300 patients already present; demo data left unchanged");
    expect(await tableRows(first, tables)).toEqual(before);
  });
});
