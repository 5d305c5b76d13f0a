import { addDays } from "@gantry/calendar/calendar";
import { permittedActions } from "@gantry/auth/permissions";
import { roles, type Role } from "@gantry/auth/roles";
import { testIdentity } from "@gantry/testing/internal-caller";
import { schedulingPermissions } from "@gantry/scheduling/permissions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import {
  addProcedure,
  at,
  bookingDay,
  bookMutation,
  bookSoon,
  must,
  openScanner,
  placeOrder,
  registerPatient,
  technologistOnShiftNow,
} from "../test/scheduling-department.ts";

// Every cell of the scheduling area's role matrix: each role tries each action of the catalogue
// through the gateway, with a fresh valid request, and is refused exactly where the catalogue says.
let stack: FederatedStack;
let day: string;
let deviceId: string;
let procedureId: string;
let consentProcedureId: string;
let patientId: string;
let bookedAppointment: string;
let examProcedureId: string;
let technologistId: string;
beforeAll(async () => {
  stack = await startFederatedStack();
  day = bookingDay();
  deviceId = await openScanner(stack);
  procedureId = await addProcedure(stack, { minutes: 10 });
  consentProcedureId = await addProcedure(stack, { minutes: 10, consentRequired: true });
  examProcedureId = await addProcedure(stack, { minutes: 5 });
  technologistId = await technologistOnShiftNow(stack, "CT", 8);
  patientId = await registerPatient(stack, "Matrix");
  const orderId = await placeOrder(stack, patientId, procedureId);
  const booked = await stack.call<{ bookAppointment: { id: string } }>(bookMutation, {
    input: { orderId, deviceId, startsAt: at(day, "07:00") },
  });
  bookedAppointment = booked.data?.bookAppointment.id ?? "";
});
afterAll(async () => {
  await stack?.stop();
});

let slot = 0;
/** A fresh ten-minute slot each time, so allowed bookings never collide with each other. */
function nextSlot(): string {
  slot += 1;
  const minutes = 8 * 60 + slot * 10;
  return at(
    addDays(day, Math.floor(minutes / (11 * 60))),
    `${String((Math.floor(minutes / 60) % 11) + 8).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`,
  );
}

const freshOrder = async (procedure = procedureId) => placeOrder(stack, await registerPatient(stack), procedure);

let examSlot = 0;
/** A booking a few minutes from now (each 6 minutes after the last), taken as far along the exam day as asked. */
async function todaysExam(upTo: "booked" | "checked-in" | "completed"): Promise<string> {
  examSlot += 1;
  const id = await bookSoon(stack, { orderId: await freshOrder(examProcedureId), deviceId, minutesAhead: 2 + examSlot * 6 });
  if (upTo === "booked") return id;
  await must(
    stack,
    `mutation ($input: CheckInInput!) { checkIn(input: $input) { id } }`,
    { input: { appointmentId: id, identifiers: ["MRN", "WRISTBAND"], screeningReviewed: true, consentReviewed: true } },
    "scheduler",
  );
  if (upTo === "checked-in") return id;
  await must(
    stack,
    `mutation ($input: StartExamInput!) { startExam(input: $input) { id } }`,
    { input: { appointmentId: id, technologistId } },
    "technologist",
  );
  await must(
    stack,
    `mutation ($input: CompleteExamInput!) { completeExam(input: $input) { id } }`,
    { input: { appointmentId: id } },
    "technologist",
  );
  return id;
}

const attempts: Record<string, () => Promise<[string, Record<string, unknown>]>> = {
  readCatalogue: async () => [`{ procedures(first: 1) { totalCount } }`, {}],
  manageCatalogue: async () => [
    `mutation ($input: AddProcedureInput!) { addProcedure(input: $input) { id } }`,
    {
      input: {
        code: `XR-MATRIX-${++slot}`,
        name: "XR matrix",
        modality: "XR",
        bodyPart: "Chest",
        lateralityRequired: false,
        defaultMinutes: 10,
        contrast: "NONE",
        priorAuthRequired: false,
        workloadWeight: 0.5,
        reportDueHours: { routine: 48, urgent: 8, asap: 4, stat: 1 },
      },
    },
  ],
  readSchedules: async () => [
    `query ($id: ID!, $day: Date!) { device(id: $id) { openingHours(from: $day, to: $day) { date } } }`,
    { id: deviceId, day },
  ],
  manageSchedules: async () => [
    `mutation ($input: AddScheduleExceptionInput!) { addScheduleException(input: $input) { id } }`,
    { input: { deviceId, date: addDays(day, 30 + ++slot), closed: true, reason: "Staff training" } },
  ],
  readOrders: async () => [`{ orderQueue(first: 1) { totalCount } }`, {}],
  placeOrders: async () => [
    `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
    {
      input: {
        patientId,
        procedureId,
        referringProvider: { name: "Dr. Matrix", npi: "1234567893" },
        reason: { code: "R07.9" },
        priority: "ROUTINE",
        patientClass: "OUTPATIENT",
      },
    },
  ],
  triageOrders: async () => [
    `mutation ($input: TriageOrderInput!) { triageOrder(input: $input) { id } }`,
    { input: { orderId: await freshOrder(), priority: "URGENT", protocol: "Routine head" } },
  ],
  overridePriorAuthorization: async () => [
    `mutation ($input: PriorAuthorizationOverrideInput!) { overridePriorAuthorization(input: $input) { id } }`,
    { input: { orderId: await freshOrder(), requiresPriorAuthorization: false, reason: "Payer waives it for this code" } },
  ],
  readAppointments: async () => [`query ($id: ID!) { appointment(id: $id) { id startsAt } }`, { id: bookedAppointment }],
  bookAppointments: async () => [bookMutation, { input: { orderId: await freshOrder(), deviceId, startsAt: nextSlot() } }],
  overbook: async () => [
    bookMutation,
    {
      input: { orderId: await freshOrder(), deviceId, startsAt: at(day, "07:00"), overbookReason: "Add-on from the emergency department" },
    },
  ],
  overrideBookingRules: async () => [
    bookMutation,
    {
      input: {
        orderId: await freshOrder(consentProcedureId),
        deviceId,
        startsAt: nextSlot(),
        overrides: [{ code: "CONSENT_MISSING", reason: "Signed on arrival" }],
      },
    },
  ],
  readAccessLog: async () => [`{ auditTrail { scheduling(first: 1) { nodes { id } } } }`, {}],
  receivePatients: async () => [`mutation ($id: ID!) { markArrived(appointmentId: $id) { id } }`, { id: await todaysExam("booked") }],
  performExams: async () => [
    `mutation ($input: StartExamInput!) { startExam(input: $input) { id } }`,
    { input: { appointmentId: await todaysExam("checked-in"), technologistId } },
  ],
  overrideRulesAtExamStart: async () => [
    `mutation ($input: StartExamInput!) { startExam(input: $input) { id } }`,
    {
      input: {
        appointmentId: await todaysExam("checked-in"),
        technologistId,
        overrides: [{ code: "RENAL_FUNCTION_LOW", reason: "Cleared by the radiologist on call" }],
      },
    },
  ],
  reportCriticalFindings: async () => [
    `mutation ($input: RecordCriticalFindingInput!) { recordCriticalFinding(input: $input) { id } }`,
    { input: { appointmentId: await todaysExam("completed"), category: "Unexpected mass", urgency: "ROUTINE_FOLLOW_UP" } },
  ],
  communicateCriticalFindings: async () => {
    const { recordCriticalFinding } = await must<{ recordCriticalFinding: { id: string } }>(
      stack,
      `mutation ($input: RecordCriticalFindingInput!) { recordCriticalFinding(input: $input) { id } }`,
      { input: { appointmentId: await todaysExam("completed"), category: "Free air", urgency: "IMMEDIATE" } },
      "radiologist",
    );
    return [
      `mutation ($input: RecordFindingCommunicationInput!) { recordFindingCommunication(input: $input) { id } }`,
      { input: { findingId: recordCriticalFinding.id, to: "Dr. Matrix", via: "PHONE", readBackConfirmed: true } },
    ];
  },
  manageCriticalResultLimits: async () => [
    `mutation { setCriticalResultLimit(urgency: ROUTINE_FOLLOW_UP, minutes: 4320) { minutes } }`,
    {},
  ],
  trackReports: async () => [
    `mutation ($input: RecordReportInput!) { recordReport(input: $input) { id } }`,
    { input: { appointmentId: await todaysExam("completed"), status: "FINAL" } },
  ],
};

/** The demo account holding each role (the stack signs in through the gateway's demo identity provider). */
const demoAccount: Record<Role, string> = {
  scheduler: "scheduler",
  technologist: "technologist",
  radiologist: "radiologist",
  coordinator: "coordinator",
  manager: "manager",
  quality_officer: "quality",
  administrator: "admin",
  integration: "integration",
};

describe("the scheduling role matrix", () => {
  it.each([...roles])("lets %s do exactly what the catalogue allows, and tells the screens the same", async (role: Role) => {
    const answer = await stack.call<{ schedulingPermissions: { action: string; allowed: boolean }[] }>(
      `{ schedulingPermissions { action allowed } }`,
      {},
      demoAccount[role],
    );
    expect(answer.errors).toBeUndefined();
    const allowed = new Map(answer.data?.schedulingPermissions.map((entry) => [entry.action, entry.allowed]));
    expect(answer.data?.schedulingPermissions).toEqual(
      permittedActions(testIdentity(role), schedulingPermissions).map(({ action, allowed: may }) => ({ action, allowed: may })),
    );
    expect([...allowed.keys()].sort()).toEqual([...Object.keys(attempts), "openArea"].sort());
    for (const [action, makeAttempt] of Object.entries(attempts)) {
      const [query, variables] = await makeAttempt();
      const response = await stack.call(query, variables, demoAccount[role]);
      const refused = response.errors?.some((error) => error.extensions?.code === "FORBIDDEN") ?? false;
      expect({ action, refused }, JSON.stringify(response.errors)).toEqual({ action, refused: !allowed.get(action) });
      if (!refused) expect(response.errors, `${role} ${action}`).toBeUndefined();
    }
  });

  it("shows a manager the schedules and booked minutes but no patient's orders or appointments", async () => {
    const week = await stack.call<{ device: { bookedMinutes: number } }>(
      `query ($id: ID!, $from: DateTime!, $to: DateTime!) { device(id: $id) { bookedMinutes(from: $from, to: $to) } }`,
      { id: deviceId, from: at(day, "00:00"), to: at(addDays(day, 1), "00:00") },
      "manager",
    );
    expect(week.errors).toBeUndefined();
    expect(week.data?.device.bookedMinutes).toBeGreaterThan(0);
    const appointment = await stack.call(
      `query ($id: ID!) { appointment(id: $id) { startsAt patient { id } } }`,
      { id: bookedAppointment },
      "manager",
    );
    expect(appointment.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("says per record what the viewer may do with it, as the API then lets them", async () => {
    const query = `query ($id: ID!) { appointment(id: $id) { viewerCanChange order { viewerCanTriage viewerCanBook } } }`;
    const seen = async (account: string) =>
      (
        await stack.call<{ appointment: { viewerCanChange: boolean; order: { viewerCanTriage: boolean; viewerCanBook: boolean } } }>(
          query,
          { id: bookedAppointment },
          account,
        )
      ).data?.appointment;
    expect(await seen("scheduler")).toEqual({ viewerCanChange: true, order: { viewerCanTriage: false, viewerCanBook: true } });
    expect(await seen("coordinator")).toEqual({ viewerCanChange: true, order: { viewerCanTriage: true, viewerCanBook: true } });
    expect(await seen("technologist")).toEqual({ viewerCanChange: false, order: { viewerCanTriage: false, viewerCanBook: false } });
  });
});
