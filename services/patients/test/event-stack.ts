import type { DatabaseAccess } from "@gantry/database/roles";
import { signDeliveryToken } from "@gantry/subgraph-kit/events/delivery-token";
import type { EventEnvelope } from "@gantry/subgraph-kit/events/event-type";
import { startSubgraphService, type RunningSubgraphService } from "@gantry/subgraph-kit/service";
import { freePort } from "@gantry/testing/free-port";
import { callSubgraph, testIdentity, testInternalSecret } from "@gantry/testing/internal-caller";
import { createTestDatabaseAccess } from "@gantry/testing/postgres";
import { patientsDataModel, patientsSubgraph } from "../src/subgraph.ts";
import { filingArea, filingAreaName, filingDataModel, type FilingSwitches } from "./filing-area.ts";

/**
 * The patients subgraph (producer) and the filing area (consumer), each a real process-like
 * service on its own database and a fixed port, so either can be stopped and started again on
 * the same data while an event is on its way.
 */
export interface EventStack {
  patients(): RunningSubgraphService;
  filing(): RunningSubgraphService;
  filingUrl: string;
  switches: FilingSwitches;
  startPatients(): Promise<void>;
  stopPatients(): Promise<void>;
  startFiling(): Promise<void>;
  stopFiling(): Promise<void>;
  stop(): Promise<void>;
}

async function startOn(
  database: DatabaseAccess,
  port: number,
  start: (options: Parameters<typeof startSubgraphService>[2]) => Promise<RunningSubgraphService>,
  extra: Partial<Parameters<typeof startSubgraphService>[2]> = {},
): Promise<RunningSubgraphService> {
  return start({
    databaseUrl: database.url,
    migrationDatabaseUrl: database.migrationUrl,
    port,
    host: "127.0.0.1",
    internalSecret: testInternalSecret,
    mode: "test",
    ...extra,
  });
}

export async function startEventStack(options: { maxAttempts?: number } = {}): Promise<EventStack> {
  const patientsDatabase = await createTestDatabaseAccess("events_patients");
  const filingDatabase = await createTestDatabaseAccess("events_filing");
  const [patientsPort, filingPort] = [await freePort(), await freePort()];
  const filingUrl = `http://127.0.0.1:${filingPort}`;
  const switches: FilingSwitches = { failing: false, handled: 0 };
  let patients: RunningSubgraphService | undefined;
  let filing: RunningSubgraphService | undefined;
  const events = { subscribers: { [filingAreaName]: filingUrl }, ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}) };
  const stack: EventStack = {
    patients: () => patients ?? fail("patients is stopped"),
    filing: () => filing ?? fail("filing is stopped"),
    filingUrl,
    switches,
    async startPatients() {
      patients = await startOn(patientsDatabase, patientsPort, (o) => startSubgraphService(patientsSubgraph, patientsDataModel, o), {
        events,
      });
    },
    async stopPatients() {
      await patients?.stop();
      patients = undefined;
    },
    async startFiling() {
      filing = await startOn(filingDatabase, filingPort, (o) => startSubgraphService(filingArea(switches), filingDataModel, o));
    },
    async stopFiling() {
      await filing?.stop();
      filing = undefined;
    },
    async stop() {
      await stack.stopPatients();
      await stack.stopFiling();
    },
  };
  await stack.startFiling();
  await stack.startPatients();
  return stack;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Rows of one SQL query on a running service's database (as its runtime role). */
export async function rows<T>(service: RunningSubgraphService, sql: string, params: unknown[] = []): Promise<T[]> {
  return service.orm.em.fork().getConnection().execute<T[]>(sql, params);
}

export async function count(service: RunningSubgraphService, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await rows<{ count: string }>(service, `select count(*)::text as count from ${sql}`, params);
  return Number(row?.count);
}

let registered = 0;

export async function registerPatient(url: string, familyName: string): Promise<string> {
  registered += 1;
  const response = await callSubgraph<{ registerPatient: { id: string } }>(
    url,
    `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
    {
      input: {
        familyName,
        givenName: `Event${registered}`,
        birthDate: "1980-02-03",
        administrativeSex: "UNKNOWN",
        confirmNotDuplicate: true,
      },
    },
  );
  const id = response.data?.registerPatient.id;
  if (!id) throw new Error(`could not register: ${JSON.stringify(response.errors)}`);
  return id;
}

export async function mergePatients(url: string, survivorId: string, duplicateId: string) {
  return callSubgraph(
    url,
    `mutation ($s: ID!, $d: ID!) { mergePatients(survivorId: $s, duplicateId: $d, reason: "Registered twice") { id } }`,
    {
      s: survivorId,
      d: duplicateId,
    },
  );
}

export interface DeliveryView {
  eventId: string;
  eventType: string;
  subscriber: string;
  status: string;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** `patientsEventDeliveries(status)` as an administrator (or another role). */
export async function deliveries(
  url: string,
  status: "PENDING" | "DELIVERED" | "FAILED",
  role: "administrator" | "scheduler" = "administrator",
) {
  return callSubgraph<{ patientsEventDeliveries: { totalCount: number; nodes: DeliveryView[] } }>(
    url,
    `query ($status: EventDeliveryStatus!) { patientsEventDeliveries(status: $status) {
      totalCount nodes { eventId eventType subscriber status attempts lastError lastAttemptAt nextAttemptAt deliveredAt } } }`,
    { status },
    testIdentity(role),
  );
}

/** The one delivery of an event, as the administrator sees it under `status`, or undefined. */
export async function deliveryOf(
  url: string,
  eventId: string,
  status: "PENDING" | "DELIVERED" | "FAILED",
): Promise<DeliveryView | undefined> {
  const response = await deliveries(url, status);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data?.patientsEventDeliveries.nodes.find((node) => node.eventId === eventId);
}

/** Posts an envelope to an area's `/events` as a producer would (or with the given token). */
export async function deliver(url: string, envelope: EventEnvelope, token?: string | null): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const signed =
    token === undefined
      ? signDeliveryToken({ producer: envelope.producer, consumer: filingAreaName, eventId: envelope.id }, testInternalSecret)
      : token;
  if (signed) headers.authorization = `Bearer ${signed}`;
  const response = await fetch(`${url}/events`, { method: "POST", headers, body: JSON.stringify(envelope) });
  return { status: response.status, body: await response.json() };
}

/** Polls until `check` returns a value (deliveries are asynchronous); the bound only keeps a broken test from hanging. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, what: string, boundMs = 45_000): Promise<T> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
