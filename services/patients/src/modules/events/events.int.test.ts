import { randomUUID } from "node:crypto";
import { identityHeader, signInternalToken } from "@gantry/auth/internal-token";
import { signDeliveryToken } from "@gantry/subgraph-kit/events/delivery-token";
import { EventPublisher } from "@gantry/subgraph-kit/events/event-publisher";
import type { EventEnvelope } from "@gantry/subgraph-kit/events/event-type";
import { patientMerged } from "@gantry/subgraph-kit/events/patient-events";
import { testIdentity, testInternalSecret } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  count,
  deliver,
  deliveries,
  deliveryOf,
  eventually,
  mergePatients,
  registerPatient,
  rows,
  startEventStack,
  type EventStack,
} from "../../../test/event-stack.ts";

// Two attempts per delivery, so that a failing consumer is given up on within the test.
let stack: EventStack;
beforeAll(async () => {
  stack = await startEventStack({ maxAttempts: 2 });
});
afterAll(async () => {
  await stack.stop();
});

/** A patient.merged as patients would send it, for a duplicate with records filed under it. */
async function mergedEnvelope(): Promise<{ envelope: EventEnvelope; survivorId: string; duplicateId: string }> {
  const [survivorId, duplicateId] = [randomUUID(), randomUUID()];
  for (const label of ["a", "b"])
    await rows(stack.filing(), `insert into filed_record (id, patient_id, label) values (?, ?, ?)`, [randomUUID(), duplicateId, label]);
  const envelope: EventEnvelope = {
    id: randomUUID(),
    type: "patient.merged",
    producer: "patients",
    occurredAt: new Date().toISOString(),
    payload: { survivorId, duplicateId, mergedAt: new Date().toISOString() },
  };
  return { envelope, survivorId, duplicateId };
}

const filedUnder = (patientId: string) => count(stack.filing(), `filed_record where patient_id = ?`, [patientId]);
const inboxed = (eventId: string) => count(stack.filing(), `event_inbox where event_id = ?`, [eventId]);

describe("delivering events to an area", () => {
  it("refuses forged, misdirected, expired and borrowed tokens, applying nothing", async () => {
    const { envelope, duplicateId } = await mergedEnvelope();
    const claims = { producer: "patients", consumer: "filing", eventId: envelope.id };
    const gatewayToken = await signInternalToken(testIdentity("administrator"), "r1", testInternalSecret);
    const forged: [string, string | null][] = [
      ["no token", null],
      ["another secret", signDeliveryToken(claims, "some-other-secret-some-other-secret-0000")],
      ["meant for another area", signDeliveryToken({ ...claims, consumer: "staff" }, testInternalSecret)],
      ["issued for another event", signDeliveryToken({ ...claims, eventId: randomUUID() }, testInternalSecret)],
      ["naming another producer", signDeliveryToken({ ...claims, producer: "staff" }, testInternalSecret)],
      ["expired", signDeliveryToken(claims, testInternalSecret, Date.now() - 10 * 60_000)],
      ["the gateway's identity token", gatewayToken],
      ["tampered", `${signDeliveryToken(claims, testInternalSecret).slice(0, -2)}xx`],
    ];
    for (const [what, token] of forged) {
      const answer = await deliver(stack.filingUrl, envelope, token);
      expect(answer.status, what).toBe(401);
    }
    expect(await inboxed(envelope.id)).toBe(0);
    expect(await filedUnder(duplicateId)).toBe(2);

    // Nor does a delivery token pass for the gateway's identity on the GraphQL endpoint.
    const graphql = await fetch(`${stack.filingUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", [identityHeader]: signDeliveryToken(claims, testInternalSecret) },
      body: JSON.stringify({ query: `{ filedRecordCount(patientId: "${duplicateId}") }` }),
    });
    expect(graphql.status).toBe(401);

    expect(await deliver(stack.filingUrl, envelope)).toEqual({ status: 200, body: { outcome: "applied" } });
    expect(await filedUnder(duplicateId)).toBe(0);
  });

  it("applies an event delivered twice at once exactly once", async () => {
    const { envelope, survivorId, duplicateId } = await mergedEnvelope();
    const handledBefore = stack.switches.handled;
    const answers = await Promise.all([deliver(stack.filingUrl, envelope), deliver(stack.filingUrl, envelope)]);
    expect(answers.map((answer) => (answer.body as { outcome: string }).outcome).sort()).toEqual(["applied", "duplicate"]);
    expect(stack.switches.handled - handledBefore).toBe(1);
    expect(await filedUnder(survivorId)).toBe(2);
    expect(await filedUnder(duplicateId)).toBe(0);
    expect(await inboxed(envelope.id)).toBe(1);
  });

  it("answers events it does not handle as ignored, and refuses payloads that break the contract", async () => {
    const { envelope, duplicateId } = await mergedEnvelope();
    expect(await deliver(stack.filingUrl, { ...envelope, type: "equipment.retired" })).toEqual({
      status: 200,
      body: { outcome: "ignored" },
    });
    const broken = await deliver(stack.filingUrl, { ...envelope, payload: { survivorId: "not-an-id" } });
    expect(broken.status).toBe(422);
    expect(await inboxed(envelope.id)).toBe(0);
    expect(await filedUnder(duplicateId)).toBe(2);
  });

  it("retries a failing consumer with backoff and shows the delivery pending, then failed, to administrators", async () => {
    const url = stack.patients().url;
    const survivorId = await registerPatient(url, "Failsurvivor");
    const duplicateId = await registerPatient(url, "Failduplicate");
    await rows(stack.filing(), `insert into filed_record (id, patient_id, label) values (?, ?, 'kept')`, [randomUUID(), duplicateId]);
    stack.switches.failing = true;
    try {
      expect((await mergePatients(url, survivorId, duplicateId)).errors).toBeUndefined();
      const [event] = await rows<{ id: string }>(stack.patients(), `select id from event_outbox where payload->>'duplicateId' = ?`, [
        duplicateId,
      ]);
      const eventId = event?.id ?? "";

      const pending = await eventually(async () => {
        const delivery = await deliveryOf(url, eventId, "PENDING");
        return delivery && delivery.attempts === 1 ? delivery : undefined;
      }, "the first failed attempt");
      expect(pending).toMatchObject({ eventType: "patient.merged", subscriber: "filing", deliveredAt: null });
      expect(pending.lastError).toContain("HTTP 500");
      // The retry waits (graphile-worker's exponential backoff), it does not come at once.
      expect(Date.parse(pending.nextAttemptAt ?? "")).toBeGreaterThan(Date.parse(pending.lastAttemptAt ?? ""));
      // The handler moved the record before failing: the rollback undid it, with the inbox row.
      expect(await filedUnder(duplicateId)).toBe(1);
      expect(await inboxed(eventId)).toBe(0);

      const failed = await eventually(() => deliveryOf(url, eventId, "FAILED"), "the delivery to be given up on");
      expect(failed).toMatchObject({ attempts: 2, status: "FAILED", nextAttemptAt: null });
      expect(await deliveryOf(url, eventId, "PENDING")).toBeUndefined();
      expect(await filedUnder(duplicateId)).toBe(1);
    } finally {
      stack.switches.failing = false;
    }

    const forbidden = await deliveries(url, "FAILED", "scheduler");
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses to publish outside the transaction of a change", async () => {
    const publisher = new EventPublisher(stack.patients().orm.em.fork(), { producer: "patients", subscribers: {}, maxAttempts: 2 });
    const payload = { survivorId: randomUUID(), duplicateId: randomUUID(), mergedAt: new Date().toISOString() };
    await expect(publisher.publish(patientMerged, payload)).rejects.toThrow(/inside the transaction/);
    expect(await count(stack.patients(), `event_outbox where payload->>'duplicateId' = ?`, [payload.duplicateId])).toBe(0);
  });
});
