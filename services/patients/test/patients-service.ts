import { startTestAreaService, type TestAreaService } from "@gantry/testing/area-service";
import { callSubgraph } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll } from "vitest";
import { patientsDataModel, patientsSubgraph } from "../src/subgraph.ts";

export type TestPatientsService = TestAreaService;

/** The patients subgraph on a free port with its own fresh database. */
export async function startTestPatientsService(): Promise<TestPatientsService> {
  return startTestAreaService(patientsSubgraph, patientsDataModel, { area: "patients", callerRole: "scheduler" });
}

/** Rows in one table, read straight from the database (to prove a refused write left nothing behind). */
export async function countRows(service: TestPatientsService, table: string, where = "true", params: unknown[] = []): Promise<number> {
  const [row] = await service.orm.em
    .fork()
    .getConnection()
    .execute<{ count: string }[]>(`select count(*)::text as count from ${table} where ${where}`, params);
  return Number(row?.count);
}

let registered = 0;

/** Registers a patient through the API (as a scheduler) and returns its id. */
export async function registerTestPatient(service: TestPatientsService, familyName = "Testperson"): Promise<string> {
  registered += 1;
  const response = await callSubgraph<{ registerPatient: { id: string } }>(
    service.url,
    `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
    {
      input: {
        familyName,
        givenName: `Case${registered}`,
        birthDate: "1970-01-01",
        administrativeSex: "UNKNOWN",
        confirmNotDuplicate: true,
      },
    },
  );
  const id = response.data?.registerPatient.id;
  if (!id) throw new Error(`could not register a test patient: ${JSON.stringify(response.errors)}`);
  return id;
}

/** The fields of the access log's read entries for one patient, newest first. */
export async function loggedReads(service: TestPatientsService, patientId: string): Promise<{ fields: string[]; actor_subject: string }[]> {
  return service.orm.em
    .fork()
    .getConnection()
    .execute<
      { fields: string[]; actor_subject: string }[]
    >(`select fields, actor_subject from phi_access_log where patient_id = ? and action = 'read' order by id desc`, [patientId]);
}

export interface PatientsServiceFixture {
  service: TestPatientsService;
  /** A patient registered for the file's tests. */
  patientId: string;
}

/**
 * One patients subgraph per test file with one registered patient, started and stopped by the
 * file's hooks and handed to `onStart`. `warmConnections` opens that many pooled connections
 * first, so that tests of concurrent writers really run side by side instead of queueing.
 */
export function usePatientsService(onStart: (fixture: PatientsServiceFixture) => void, options: { warmConnections?: number } = {}): void {
  let service: TestPatientsService | undefined;
  beforeAll(async () => {
    const started = await startTestPatientsService();
    service = started;
    const patientId = await registerTestPatient(started);
    await Promise.all(
      Array.from({ length: options.warmConnections ?? 0 }, () =>
        callSubgraph(started.url, `{ searchPatients(filter: { familyName: "Warmup" }) { totalCount } }`),
      ),
    );
    onStart({ service: started, patientId });
  });
  afterAll(async () => {
    await service?.stop();
  });
}
