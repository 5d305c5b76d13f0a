import { randomUUID } from "node:crypto";
import type { EventEnvelope } from "@gantry/subgraph-kit/events/event-type";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  count,
  deliver,
  deliveryOf,
  eventually,
  mergePatients,
  registerPatient,
  rows,
  startEventStack,
  type EventStack,
} from "../../../test/event-stack.ts";

let stack: EventStack;
beforeAll(async () => {
  stack = await startEventStack();
});
afterAll(async () => {
  await stack.stop();
});

/** The outbox rows of merges of this duplicate. */
function mergedEvents(duplicateId: string) {
  return rows<{ id: string; type: string; producer: string; payload: { survivorId: string; duplicateId: string; mergedAt: string } }>(
    stack.patients(),
    `select id, type, producer, payload from event_outbox where payload->>'duplicateId' = ?`,
    [duplicateId],
  );
}

async function fileRecords(patientId: string, labels: string[]): Promise<void> {
  for (const label of labels)
    await rows(stack.filing(), `insert into filed_record (id, patient_id, label) values (?, ?, ?)`, [randomUUID(), patientId, label]);
}

const filedUnder = (patientId: string) => count(stack.filing(), `filed_record where patient_id = ?`, [patientId]);

describe("patient.merged", () => {
  it("is published exactly once by a merge, with one delivery job per subscriber, and not at all by a rolled-back merge", async () => {
    const url = stack.patients().url;
    const survivorId = await registerPatient(url, "Eventsurvivor");
    const duplicateId = await registerPatient(url, "Eventduplicate");
    expect((await mergePatients(url, survivorId, duplicateId)).errors).toBeUndefined();

    const [event, ...others] = await mergedEvents(duplicateId);
    expect(others).toEqual([]);
    expect(event).toMatchObject({ type: "patient.merged", producer: "patients", payload: { survivorId, duplicateId } });
    expect(Number.isNaN(Date.parse(event?.payload.mergedAt ?? ""))).toBe(false);
    expect(await count(stack.patients(), `event_delivery where event_id = ? and subscriber = 'filing'`, [event?.id])).toBe(1);

    // A merge whose trail insert collides (someone else merged this duplicate first) rolls back, event and job included.
    const otherSurvivor = await registerPatient(url, "Eventsurvivor");
    const otherDuplicate = await registerPatient(url, "Eventduplicate");
    await rows(
      stack.patients(),
      `insert into patient_merge values (gen_random_uuid(), ?, ?, 'concurrent', now(), 'test:other', 'Other', '{}')`,
      [otherSurvivor, otherDuplicate],
    );
    const eventsBefore = await count(stack.patients(), "event_outbox");
    const refused = await mergePatients(url, otherSurvivor, otherDuplicate);
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await mergedEvents(otherDuplicate)).toEqual([]);
    expect(await count(stack.patients(), "event_outbox")).toBe(eventsBefore);
    // Every delivery job left belongs to a delivery of a committed event.
    expect(
      await count(
        stack.patients(),
        `graphile_worker.jobs j where j.task_identifier = 'gantry_deliver_event'
         and not exists (select 1 from event_delivery d where j.key = 'gantry-event:' || d.event_id || ':' || d.subscriber)`,
      ),
    ).toBe(0);
  });

  it("reaches a consumer that was down, across a restart of both services, and moves its records once", async () => {
    const survivorId = await registerPatient(stack.patients().url, "Restartsurvivor");
    const duplicateId = await registerPatient(stack.patients().url, "Restartduplicate");
    await fileRecords(duplicateId, ["ct-report", "mri-consent"]);
    await fileRecords(survivorId, ["xray"]);
    await stack.stopFiling();

    expect((await mergePatients(stack.patients().url, survivorId, duplicateId)).errors).toBeUndefined();
    const [event] = await mergedEvents(duplicateId);
    const eventId = event?.id ?? "";
    // The consumer is down: the first attempt fails and the delivery waits for its retry.
    const pending = await eventually(async () => {
      const delivery = await deliveryOf(stack.patients().url, eventId, "PENDING");
      // Until the runner has put the retry on its calendar, there is no next attempt to show.
      return delivery && delivery.attempts >= 1 && delivery.nextAttemptAt ? delivery : undefined;
    }, "a failed first attempt, its retry planned");
    expect(pending.lastError).toMatch(/fetch failed|ECONNREFUSED/);
    expect(Date.parse(pending.nextAttemptAt ?? "")).toBeGreaterThan(Date.parse(pending.lastAttemptAt ?? ""));

    // The producer goes down too, mid-delivery. Its worker stops cleanly and leaves the job unlocked
    // (a job left locked would wait hours for graphile-worker's lock timeout and fail the wait below).
    await stack.stopPatients();
    await stack.startFiling();
    expect(await filedUnder(duplicateId)).toBe(2);
    await stack.startPatients();

    const delivered = await eventually(() => deliveryOf(stack.patients().url, eventId, "DELIVERED"), "the delivery after the restarts");
    expect(delivered.deliveredAt).not.toBeNull();
    expect(await filedUnder(duplicateId)).toBe(0);
    expect(await filedUnder(survivorId)).toBe(3);
    expect(await count(stack.filing(), "event_inbox where event_id = ?", [eventId])).toBe(1);

    // Delivered again (at least once means it can be): the inbox holds its id, nothing changes.
    const envelope: EventEnvelope = {
      id: eventId,
      type: "patient.merged",
      producer: "patients",
      occurredAt: new Date().toISOString(),
      payload: event?.payload,
    };
    await fileRecords(duplicateId, ["late-arrival"]);
    for (let i = 0; i < 2; i += 1)
      expect(await deliver(stack.filingUrl, envelope)).toEqual({ status: 200, body: { outcome: "duplicate" } });
    expect(await filedUnder(duplicateId)).toBe(1);
    expect(await filedUnder(survivorId)).toBe(3);
    expect(await count(stack.filing(), "event_inbox where event_id = ?", [eventId])).toBe(1);
  });
});
