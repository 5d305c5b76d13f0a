import { randomUUID } from "node:crypto";
import { plainRows } from "@gantry/subgraph-kit/plain-rows";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestSchedulingService, type TestSchedulingService } from "../../test/scheduling-service.ts";
import { Appointment, AppointmentHistory } from "../modules/appointment/appointment.entity.ts";
import { notYetSeen } from "../modules/appointment/appointment.exam-fields.ts";
import { ImagingOrder } from "../modules/imaging-order/imaging-order.entity.ts";
import { Procedure } from "../modules/procedure/procedure.entity.ts";
import { addTestProcedure } from "../modules/procedure/procedure.test-data.ts";

let service: TestSchedulingService;
beforeAll(async () => {
  service = await startTestSchedulingService();
});
afterAll(async () => {
  await service?.stop();
});

const asRecord = (value: object) => ({ ...value });

// The read-only lists (week view, queue, references) read rows without the ORM's hydration; each
// value must come out exactly as MikroORM hydrates it, nulls, booleans, dates, int8 and JSON included.
it("reads rows exactly as the ORM hydrates them", async () => {
  const procedureId = await addTestProcedure(service, { code: "PLAIN-ROWS" });
  const em = service.orm.em.fork();
  const orderId = randomUUID();
  em.create(ImagingOrder, {
    id: orderId,
    accessionNumber: "T000000001",
    placerOrderNumber: null,
    patientId: randomUUID(),
    referringName: "Dr. Ada Referrer",
    referringNpi: "1234567893",
    procedureId,
    laterality: "left",
    reasonCode: "R51.9",
    reasonText: null,
    priority: "stat",
    patientClass: "emergency",
    status: "active",
    requiresPriorAuth: false,
    priorAuthOverrideReason: null,
    protocol: null,
    holdReason: null,
    triagedAt: new Date("2026-03-28T08:00:00Z"),
    triagedBy: "Cora Coordinator",
    notes: null,
    orderedAt: new Date("2026-03-27T08:00:00Z"),
    orderedBy: "Sam Scheduler",
    updatedAt: new Date("2026-03-28T08:00:00Z"),
    updatedBy: "Cora Coordinator",
  });
  // The tables' keys are plain uuid columns to MikroORM, so it does not order the inserts itself.
  await em.flush();
  const id = randomUUID();
  const startsAt = new Date("2026-03-29T00:30:00.123Z");
  em.create(Appointment, {
    id,
    orderId,
    patientId: randomUUID(),
    deviceId: randomUUID(),
    technologistId: null,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 25 * 60_000),
    status: "cancelled",
    overbooked: true,
    overbookReason: "Urgent add-on",
    holdExpiresAt: null,
    cancellationReason: "other",
    cancellationNote: "Patient moved away",
    cancelledLate: false,
    cancelledAt: new Date("2026-03-28T09:00:00Z"),
    cancelledBy: "Sam Scheduler",
    bookedAt: null,
    bookedBy: null,
    createdAt: new Date("2026-03-01T08:00:00Z"),
    updatedAt: new Date("2026-03-28T09:00:00Z"),
    ...notYetSeen(id),
    identityConfirmedWith: ["mrn", "wristband"],
    arrivedAt: new Date("2026-03-29T00:20:00Z"),
    lateArrival: false,
  });
  em.create(AppointmentHistory, {
    appointmentId: id,
    at: new Date("2026-03-28T09:00:00Z"),
    actorSubject: "scheduler",
    actorName: "Sam Scheduler",
    action: "cancelled",
    fromStatus: "booked",
    toStatus: "cancelled",
    changes: { startsAt: { from: "2026-03-29T00:30:00Z", to: null }, nested: { from: [1, 2], to: { a: true } } },
    reason: null,
  });
  await em.flush();

  const hydrated = service.orm.em.fork();
  const [appointment] = await hydrated.find(Appointment, { id });
  const [order] = await hydrated.find(ImagingOrder, { id: orderId });
  const [procedure] = await hydrated.find(Procedure, { id: procedureId });
  const [line] = await hydrated.find(AppointmentHistory, { appointmentId: id });
  const [plainAppointment] = await plainRows(service.orm.em.fork(), Appointment, `select * from appointment where id = ?`, [id]);
  const [plainLine] = await plainRows(
    service.orm.em.fork(),
    AppointmentHistory,
    `select * from appointment_history where appointment_id = ?`,
    [id],
  );

  const read = <T extends object>(entity: new () => T, table: string, key: string) =>
    plainRows(service.orm.em.fork(), entity, `select * from ${table} where id = ?`, [key]);
  expect((await read(ImagingOrder, "imaging_order", orderId))[0]).toStrictEqual(asRecord(order as ImagingOrder));
  expect((await read(Procedure, "procedure", procedureId))[0]).toStrictEqual(asRecord(procedure as Procedure));
  expect(plainAppointment).toStrictEqual(asRecord(appointment as Appointment));
  expect(plainAppointment?.startsAt).toEqual(startsAt);
  // The database's own UID function agrees with the one bookings use.
  const [uid] = await service.orm.em.fork().getConnection().execute<{ uid: string }[]>(`select dicom_uid_from_uuid(?) as uid`, [id]);
  expect(uid?.uid).toBe(plainAppointment?.studyInstanceUid);
  expect(plainLine).toStrictEqual(asRecord(line as AppointmentHistory));
  expect(typeof plainLine?.id).toBe("number");
});
