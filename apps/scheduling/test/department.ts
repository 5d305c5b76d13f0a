import type { RunningWorkspace } from "@gantry/ui-testing/workspace";

/**
 * The department a booking needs, set up through the gateway as the people who own each part
 * would (mirrors services/gateway/test/scheduling-department.ts, which a web app may not import).
 * The test stack runs on the default department zone, UTC, and the browser is pinned to UTC too.
 */

let serial = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++serial}`;

export async function must<TData>(
  workspace: RunningWorkspace,
  query: string,
  variables: Record<string, unknown>,
  username: string,
): Promise<TData> {
  const answer = await workspace.stack.call<TData>(query, variables, username);
  if (answer.errors?.length || !answer.data) throw new Error(`${query.slice(0, 70)}…: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

export const today = () => isoDay(new Date());

/** A weekday a week ahead (inside the booking screen's default 14 days): the day the tests book on. */
export function bookingDay(): string {
  let day = addDays(today(), 7);
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return day;
}

/** A CT scanner open 07:00–19:00 every day from today. */
export async function openScanner(workspace: RunningWorkspace, name: string, modality = "CT"): Promise<string> {
  const { registerDevice } = await must<{ registerDevice: { id: string } }>(
    workspace,
    `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`,
    { input: { name, kind: "SCANNER", modality, manufacturer: "Siemens", model: "SOMATOM Force", serialNumber: unique(modality) } },
    "coordinator",
  );
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "07:00", closes: "19:00" }));
  await must(
    workspace,
    `mutation ($deviceId: ID!, $validFrom: Date!, $hours: [WeeklyHoursInterval!]!) { setWeeklyHours(deviceId: $deviceId, validFrom: $validFrom, hours: $hours) { id } }`,
    { deviceId: registerDevice.id, validFrom: today(), hours },
    "coordinator",
  );
  return registerDevice.id;
}

/** A technologist (CT unless told) with a verified credential and a passed competency, on a regular 07:00–19:00 shift on `day`. */
export async function technologistOnShift(
  workspace: RunningWorkspace,
  day: string,
  familyName: string,
  shift: { startsAt: string; endsAt: string } = { startsAt: `${day}T07:00:00Z`, endsAt: `${day}T19:00:00Z` },
  modality = "CT",
): Promise<string> {
  const { addStaffMember } = await must<{ addStaffMember: { id: string } }>(
    workspace,
    `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
    { input: { employeeId: unique("T"), familyName, givenName: "Ada", role: "TECHNOLOGIST", modalities: [modality] } },
    "coordinator",
  );
  const staffMemberId = addStaffMember.id;
  const { addCredential } = await must<{ addCredential: { id: string } }>(
    workspace,
    `mutation ($input: AddCredentialInput!) { addCredential(input: $input) { id } }`,
    {
      input: {
        staffMemberId,
        kind: `ARRT_${modality}`,
        number: unique("ARRT"),
        issuer: "ARRT",
        issuedOn: "2020-01-01",
        expiresOn: addDays(day, 365),
      },
    },
    "coordinator",
  );
  await must(
    workspace,
    `mutation ($id: ID!) { recordCredentialVerification(id: $id, outcome: VERIFIED) { id } }`,
    { id: addCredential.id },
    "coordinator",
  );
  await must(
    workspace,
    `mutation ($input: RecordCompetencyAssessmentInput!) { recordCompetencyAssessment(input: $input) { id } }`,
    { input: { staffMemberId, modality, assessedOn: addDays(today(), -30), result: "PASSED", nextDueOn: addDays(day, 365) } },
    "coordinator",
  );
  await must(
    workspace,
    `mutation ($input: AssignShiftInput!) { assignShift(input: $input) { id } }`,
    { input: { staffMemberId, ...shift, modality } },
    "coordinator",
  );
  return staffMemberId;
}

export async function registerPatient(
  workspace: RunningWorkspace,
  familyName: string,
  givenName: string,
): Promise<{ id: string; mrn: string }> {
  const { registerPatient } = await must<{ registerPatient: { id: string; mrn: string } }>(
    workspace,
    `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id mrn } }`,
    { input: { familyName, givenName, birthDate: "1981-04-12", administrativeSex: "FEMALE", confirmNotDuplicate: true } },
    "scheduler",
  );
  return registerPatient;
}

/** A current safety screening (not pregnant), valid well past the booking day, taken by a technologist. */
export async function screenPatient(workspace: RunningWorkspace, patientId: string): Promise<void> {
  await must(
    workspace,
    `mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
    { input: { patientId, pregnancyStatus: "NOT_PREGNANT", contrastAllergy: false, validForDays: 60 } },
    "technologist",
  );
}

/** A CT procedure that needs a pregnancy screening before the exam. */
export async function addScreenedCtProcedure(workspace: RunningWorkspace, code: string): Promise<string> {
  const { addProcedure } = await must<{ addProcedure: { id: string } }>(
    workspace,
    `mutation ($input: AddProcedureInput!) { addProcedure(input: $input) { id } }`,
    {
      input: {
        code,
        name: "CT abdomen and pelvis",
        modality: "CT",
        bodyPart: "Abdomen and pelvis",
        lateralityRequired: false,
        defaultMinutes: 20,
        contrast: "NONE",
        screenings: ["PREGNANCY"],
        consentRequired: false,
        priorAuthRequired: false,
        workloadWeight: 1.5,
        reportDueHours: { routine: 48, urgent: 8, asap: 4, stat: 1 },
      },
    },
    "coordinator",
  );
  return addProcedure.id;
}

export async function placeOrder(
  workspace: RunningWorkspace,
  patientId: string,
  procedureId: string,
): Promise<{ id: string; accessionNumber: string }> {
  const { placeOrder } = await must<{ placeOrder: { id: string; accessionNumber: string } }>(
    workspace,
    `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id accessionNumber } }`,
    {
      input: {
        patientId,
        procedureId,
        referringProvider: { name: "Dr. Lena Fischer", npi: "1234567893" },
        reason: { code: "R10.9", text: "Abdominal pain" },
        priority: "ROUTINE",
        patientClass: "OUTPATIENT",
      },
    },
    "scheduler",
  );
  return placeOrder;
}

/** The order's appointments as the API has them, to prove what the screens wrote or did not. */
export async function appointmentsOf(
  workspace: RunningWorkspace,
  orderId: string,
): Promise<{ id: string; status: string; startsAt: string }[]> {
  const data = await must<{ imagingOrder: { appointments: { id: string; status: string; startsAt: string }[] } }>(
    workspace,
    `query ($id: ID!) { imagingOrder(id: $id) { appointments { id status startsAt } } }`,
    { id: orderId },
    "scheduler",
  );
  return data.imagingOrder.appointments;
}

/** Books an order a few minutes from now, on the minute, as a coordinator (past opening hours when the test runs at night). */
export async function bookMinutesAhead(
  workspace: RunningWorkspace,
  booking: { orderId: string; deviceId: string; technologistId: string; minutesAhead: number },
): Promise<string> {
  const startsAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + booking.minutesAhead * 60_000).toISOString();
  const { bookAppointment } = await must<{ bookAppointment: { id: string } }>(
    workspace,
    `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`,
    {
      input: {
        orderId: booking.orderId,
        deviceId: booking.deviceId,
        technologistId: booking.technologistId,
        startsAt,
        overrides: [{ code: "OUTSIDE_HOURS", reason: "The test runs at any hour" }],
      },
    },
    "coordinator",
  );
  return bookAppointment.id;
}
