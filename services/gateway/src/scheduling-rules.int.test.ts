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
  technologistOnShift,
  type ProcedureSpec,
} from "../test/scheduling-department.ts";

// Each booking rule, set up in the area that owns it through that area's own API, and the
// blocker it produces; then overrides, and an area that stops answering.
let stack: FederatedStack;
let day: string;
let deviceId: string;
let technologistId: string;
beforeAll(async () => {
  stack = await startFederatedStack();
  day = bookingDay();
  deviceId = await openScanner(stack);
  technologistId = await technologistOnShift(stack, day);
});
afterAll(async () => {
  await stack?.stop();
});

interface Blocker {
  code: string;
  area: string;
  overridable: boolean;
  overridden: boolean;
}
type Answer = { errors?: { message: string; extensions?: { code?: string; blockers?: Blocker[]; area?: string } }[]; data?: unknown };

async function orderFor(spec: ProcedureSpec, priority = "ROUTINE"): Promise<{ orderId: string; patientId: string }> {
  const patientId = await registerPatient(stack);
  const orderId = await placeOrder(stack, patientId, await addProcedure(stack, spec), { priority });
  return { orderId, patientId };
}

async function book(input: Record<string, unknown>, username = "scheduler"): Promise<Answer> {
  return (await stack.call(bookMutation, { input: { deviceId, startsAt: at(day, "10:00"), ...input } }, username)) as Answer;
}

function blockersOf(answer: Answer): string[] {
  expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(answer.errors)).toBe("BLOCKED");
  return (answer.errors?.[0]?.extensions?.blockers ?? []).map((blocker) => `${blocker.area}:${blocker.code}`);
}

async function appointmentsOf(orderId: string): Promise<number> {
  const scheduling = stack.subgraphs["scheduling"];
  const [row] = (await scheduling?.orm.em
    .fork()
    .getConnection()
    .execute<{ count: string }[]>(`select count(*)::text as count from appointment where order_id = ?`, [orderId])) ?? [{ count: "?" }];
  return Number(row?.count);
}

describe("booking rules across areas", () => {
  it("blocks a contrast CT without a current screening, and books once the screening is recorded in the patients area", async () => {
    const { orderId, patientId } = await orderFor({
      contrast: "IV",
      contrastAgent: "iohexol",
      screenings: ["RENAL_FUNCTION", "PREGNANCY"],
    });
    expect(blockersOf(await book({ orderId }))).toEqual(["patients:SCREENING_MISSING"]);
    expect(await appointmentsOf(orderId)).toBe(0);
    await must(
      stack,
      `mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
      { input: { patientId, pregnancyStatus: "NOT_PREGNANT", contrastAllergy: false, egfr: 88, egfrMeasuredOn: bookingDay(0) } },
      "technologist",
    );
    const booked = await book({ orderId });
    expect(booked.errors).toBeUndefined();
  });

  it("names each screening problem: low eGFR, possible pregnancy, contrast allergy", async () => {
    const { orderId, patientId } = await orderFor({
      contrast: "IV",
      contrastAgent: "iohexol",
      screenings: ["RENAL_FUNCTION", "PREGNANCY"],
    });
    await must(
      stack,
      `mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
      { input: { patientId, pregnancyStatus: "POSSIBLY_PREGNANT", contrastAllergy: true, egfr: 24, egfrMeasuredOn: bookingDay(0) } },
      "technologist",
    );
    expect(blockersOf(await book({ orderId })).sort()).toEqual(
      ["patients:CONTRAST_ALLERGY", "patients:PREGNANCY_STATUS_UNCONFIRMED", "patients:RENAL_FUNCTION_LOW"].sort(),
    );
  });

  it("refuses MR for a patient with a pacemaker, and that blocker cannot be overridden", async () => {
    const mrDevice = await openScanner(stack, "MR");
    const { orderId, patientId } = await orderFor({ modality: "MR", screenings: ["MRI_SAFETY"] });
    await must(
      stack,
      `mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
      { input: { patientId, pacemaker: true, implants: false, metalFragments: false, claustrophobia: false } },
      "technologist",
    );
    const answer = await book({ orderId, deviceId: mrDevice });
    expect(blockersOf(answer)).toEqual(["patients:MRI_CONTRAINDICATION"]);
    const overridden = await book(
      { orderId, deviceId: mrDevice, overrides: [{ code: "MRI_CONTRAINDICATION", reason: "Conditional device" }] },
      "coordinator",
    );
    expect(blockersOf(overridden)).toEqual(["patients:MRI_CONTRAINDICATION"]);
    expect(await appointmentsOf(orderId)).toBe(0);
  });

  it("asks for a signed consent and an approved prior authorization where the procedure needs them", async () => {
    const { orderId } = await orderFor({ consentRequired: true, priorAuthRequired: true });
    expect(blockersOf(await book({ orderId })).sort()).toEqual(["patients:CONSENT_MISSING", "patients:PRIOR_AUTHORIZATION_MISSING"]);
  });

  it("refuses a device that is down or in maintenance, or of another modality", async () => {
    const { orderId } = await orderFor({});
    const down = await openScanner(stack);
    await must(
      stack,
      `mutation ($id: ID!) { setDeviceStatus(deviceId: $id, status: DOWN, reason: "Gantry fault") { id } }`,
      { id: down },
      "coordinator",
    );
    expect(blockersOf(await book({ orderId, deviceId: down }))).toEqual(["equipment:DEVICE_NOT_IN_SERVICE", "equipment:DEVICE_DOWNTIME"]);
    const serviced = await openScanner(stack);
    await must(
      stack,
      `mutation ($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }`,
      { input: { deviceId: serviced, kind: "PREVENTIVE", startsAt: at(day, "09:00"), endsAt: at(day, "12:00") } },
      "coordinator",
    );
    expect(blockersOf(await book({ orderId, deviceId: serviced }))).toEqual(["equipment:DEVICE_DOWNTIME"]);
    const ultrasound = await openScanner(stack, "US");
    expect(blockersOf(await book({ orderId, deviceId: ultrasound }))).toEqual(["equipment:DEVICE_WRONG_MODALITY"]);
  });

  it("checks the technologist's credential, competency and shift in the staff area", async () => {
    const { orderId } = await orderFor({});
    const uncredentialed = await technologistOnShift(stack, day, { credential: "none" });
    const startsAt = at(day, "11:00");
    expect(blockersOf(await book({ orderId, startsAt, technologistId: uncredentialed }))).toEqual(["staff:TECHNOLOGIST_NOT_CREDENTIALED"]);
    const otherDay = await technologistOnShift(stack, bookingDay(2));
    expect(blockersOf(await book({ orderId, startsAt, technologistId: otherDay }))).toEqual(["staff:TECHNOLOGIST_OFF_SHIFT"]);
    const onShift = await book({ orderId, startsAt, technologistId });
    expect(onShift.errors).toBeUndefined();
  });

  it("keeps opening hours and reserved blocks: a routine order may not take a STAT block, a STAT order may", async () => {
    const { orderId } = await orderFor({});
    expect(blockersOf(await book({ orderId, startsAt: at(day, "06:00") }))).toEqual(["scheduling:OUTSIDE_HOURS"]);
    const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    await must(
      stack,
      `mutation ($input: AddReservedBlockInput!) { addReservedBlock(input: $input) { id } }`,
      { input: { deviceId, weekday, starts: "17:00", ends: "18:00", forPriority: "STAT", validFrom: bookingDay(0) } },
      "coordinator",
    );
    expect(blockersOf(await book({ orderId, startsAt: at(day, "17:00") }))).toEqual(["scheduling:RESERVED_BLOCK"]);
    const stat = await orderFor({}, "STAT");
    const booked = await book({ orderId: stat.orderId, startsAt: at(day, "17:00") });
    expect(booked.errors).toBeUndefined();
  });
});

describe("overriding a blocker", () => {
  it("is FORBIDDEN to a scheduler; a coordinator's override is booked, kept in the history and audited", async () => {
    const { orderId } = await orderFor({ consentRequired: true });
    const overrides = [{ code: "CONSENT_MISSING", reason: "Consent is signed at arrival, per protocol" }];
    const refused = await book({ orderId, startsAt: at(day, "12:00"), overrides });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await appointmentsOf(orderId)).toBe(0);
    const booked = (await book({ orderId, startsAt: at(day, "12:00"), overrides }, "coordinator")) as Answer & {
      data?: { bookAppointment: { id: string } };
    };
    expect(booked.errors).toBeUndefined();
    const id = booked.data?.bookAppointment.id;
    const history = await stack.call<{ appointment: { history: { action: string; changes: string; by: string }[] } }>(
      `query ($id: ID!) { appointment(id: $id) { history { action changes by } } }`,
      { id },
      "coordinator",
    );
    const [line] = history.data?.appointment.history ?? [];
    expect(line?.action).toBe("booked");
    expect(JSON.parse(line?.changes ?? "{}")).toEqual({ overrides: { from: null, to: overrides } });
    const scheduling = stack.subgraphs["scheduling"];
    const audited = await scheduling?.orm.em
      .fork()
      .getConnection()
      .execute<
        { fields: string[] }[]
      >(`select fields from phi_access_log where action = 'create' and 'override:CONSENT_MISSING' = any(fields)`);
    expect(audited).toHaveLength(1);
  });
});

describe("when an area a rule needs does not answer", () => {
  it("refuses the booking with AREA_UNAVAILABLE naming the area, and writes nothing", async () => {
    const { orderId } = await orderFor({});
    await stack.subgraphs["patients"]?.stop();
    const answer = await book({ orderId, startsAt: at(day, "15:00") });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "AREA_UNAVAILABLE", area: "patients" });
    expect(await appointmentsOf(orderId)).toBe(0);
  });
});
