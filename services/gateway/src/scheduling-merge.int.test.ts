import { signDeliveryToken } from "@gantry/subgraph-kit/events/delivery-token";
import { testInternalSecret } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import {
  addProcedure,
  at,
  bookingDay,
  bookMutation,
  must,
  openScanner,
  placeOrder,
  registerPatient,
} from "../test/scheduling-department.ts";

// A merge in the patients area reaches scheduling as a `patient.merged` event (outbox, job
// runner, at least once); scheduling moves the duplicate's orders and appointments to the survivor.
let stack: FederatedStack;
beforeAll(async () => {
  stack = await startFederatedStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function eventually<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function schedulingSql<TRow>(statement: string, params: unknown[] = []): Promise<TRow[]> {
  const scheduling = stack.subgraphs["scheduling"];
  if (!scheduling) throw new Error("no scheduling subgraph");
  return scheduling.orm.em.fork().getConnection().execute<TRow[]>(statement, params);
}

async function book(orderId: string, deviceId: string, startsAt: string): Promise<string> {
  const { bookAppointment } = await must<{ bookAppointment: { id: string } }>(
    stack,
    bookMutation,
    { input: { orderId, deviceId, startsAt } },
    "scheduler",
  );
  return bookAppointment.id;
}

describe("a patient merge", () => {
  it("moves the duplicate's orders and appointments to the survivor, cancelling the ones booked twice, once however often delivered", async () => {
    const day = bookingDay();
    const procedureId = await addProcedure(stack, { minutes: 30 });
    const [deviceA, deviceB] = [await openScanner(stack), await openScanner(stack)];
    const survivorId = await registerPatient(stack, "Survivor");
    const duplicateId = await registerPatient(stack, "Duplicate");
    const survivorOrder = await placeOrder(stack, survivorId, procedureId);
    const doubledOrder = await placeOrder(stack, duplicateId, procedureId);
    const laterOrder = await placeOrder(stack, duplicateId, procedureId);
    await book(survivorOrder, deviceA, at(day, "09:00"));
    const doubled = await book(doubledOrder, deviceB, at(day, "09:00"));
    const later = await book(laterOrder, deviceA, at(day, "11:00"));

    await must(
      stack,
      `mutation ($survivorId: ID!, $duplicateId: ID!) { mergePatients(survivorId: $survivorId, duplicateId: $duplicateId, reason: "Same person, registered twice") { id } }`,
      { survivorId, duplicateId },
      "scheduler",
    );
    await eventually(async () => {
      const [row] = await schedulingSql<{ count: string }>(`select count(*)::text as count from imaging_order where patient_id = ?`, [
        duplicateId,
      ]);
      return row?.count === "0" ? true : undefined;
    }, "the duplicate's orders moved");

    const appointments = await stack.call<{
      patient: { appointments: { id: string; status: string; cancellation: { reason: string } | null }[] };
    }>(`query ($id: ID!) { patient(id: $id) { appointments { id status cancellation { reason } } } }`, { id: survivorId });
    expect(appointments.errors).toBeUndefined();
    const byId = new Map(appointments.data?.patient.appointments.map((appointment) => [appointment.id, appointment]));
    expect(byId.get(later)).toMatchObject({ status: "BOOKED" });
    expect(byId.get(doubled)).toMatchObject({ status: "CANCELLED", cancellation: { reason: "DUPLICATE_ORDER" } });
    expect(byId.size).toBe(3);

    // Delivered again (the job runner retrying after a lost answer): recognised, nothing changes.
    const [event] = await schedulingSql<{ event_id: string }>(`select event_id from event_inbox`);
    const before = await schedulingSql(`select id, patient_id, status from appointment order by id`);
    const outbox = await stack.subgraphs["patients"]?.orm.em
      .fork()
      .getConnection()
      .execute<
        { id: string; type: string; producer: string; payload: unknown; occurred_at: Date }[]
      >(`select id, type, producer, payload, occurred_at from event_outbox where id = ?`, [event?.event_id]);
    const envelope = outbox?.[0];
    const redelivered = await fetch(`${stack.subgraphs["scheduling"]?.url}/events`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${signDeliveryToken({ producer: "patients", consumer: "scheduling", eventId: envelope?.id ?? "" }, testInternalSecret)}`,
      },
      body: JSON.stringify({
        id: envelope?.id,
        type: envelope?.type,
        producer: envelope?.producer,
        occurredAt: new Date(envelope?.occurred_at ?? 0).toISOString(),
        payload: envelope?.payload,
      }),
    });
    const body: unknown = await redelivered.json();
    expect(body, JSON.stringify(body)).toEqual({ outcome: "duplicate" });
    expect(await schedulingSql(`select id, patient_id, status from appointment order by id`)).toEqual(before);
  });
});
