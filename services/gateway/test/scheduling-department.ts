import { addDays, wallClockToInstant } from "@gantry/calendar/calendar";
import { departmentTimeZone, departmentToday } from "@gantry/subgraph-kit/department-clock";
import type { FederatedStack } from "./federated-stack.ts";

/** Calls the gateway and fails loudly with the errors when the setup step is refused. */
export async function must<TData>(
  stack: FederatedStack,
  query: string,
  variables: Record<string, unknown>,
  username: string,
): Promise<TData> {
  const answer = await stack.call<TData>(query, variables, username);
  if (answer.errors || !answer.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** A weekday a week or more ahead: the day the tests book on. */
export function bookingDay(weeksAhead = 1): string {
  const today = departmentToday();
  let day = addDays(today, 7 * weeksAhead);
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return day;
}

/** The instant of a wall-clock time on a department day. */
export function at(day: string, time: string): string {
  return wallClockToInstant(day, time, departmentTimeZone()).toISOString();
}

let serial = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++serial}`;

/** A CT scanner, open 07:00–19:00 every day, registered and scheduled through the gateway. */
export async function openScanner(stack: FederatedStack, modality = "CT"): Promise<string> {
  const serialNumber = unique(modality);
  const { registerDevice } = await must<{ registerDevice: { id: string } }>(
    stack,
    `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`,
    { input: { name: `${modality} ${serialNumber}`, kind: "SCANNER", modality, manufacturer: "Siemens", model: "SOMATOM", serialNumber } },
    "coordinator",
  );
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "07:00", closes: "19:00" }));
  await must(
    stack,
    `mutation ($deviceId: ID!, $validFrom: Date!, $hours: [WeeklyHoursInterval!]!) { setWeeklyHours(deviceId: $deviceId, validFrom: $validFrom, hours: $hours) { weekday } }`,
    { deviceId: registerDevice.id, validFrom: departmentToday(), hours },
    "coordinator",
  );
  return registerDevice.id;
}

/** A technologist credentialed (verified ARRT) and competent for the modality, on a regular 07:00–19:00 shift on `day`. */
export async function technologistOnShift(
  stack: FederatedStack,
  day: string,
  options: {
    modality?: string;
    credential?: string;
    credentialExpiresOn?: string;
    competent?: boolean;
    /** The shift's instants; 07:00–19:00 on `day` by default. */
    shift?: { startsAt: string; endsAt: string };
  } = {},
): Promise<string> {
  const modality = options.modality ?? "CT";
  const { addStaffMember } = await must<{ addStaffMember: { id: string } }>(
    stack,
    `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
    { input: { employeeId: unique("T"), familyName: "Okafor", givenName: "Ada", role: "TECHNOLOGIST", modalities: [modality] } },
    "coordinator",
  );
  const staffMemberId = addStaffMember.id;
  if (options.credential !== "none") {
    const { addCredential } = await must<{ addCredential: { id: string } }>(
      stack,
      `mutation ($input: AddCredentialInput!) { addCredential(input: $input) { id } }`,
      {
        input: {
          staffMemberId,
          kind: options.credential ?? "ARRT_CT",
          number: unique("ARRT"),
          issuer: "ARRT",
          issuedOn: "2020-01-01",
          expiresOn: options.credentialExpiresOn ?? addDays(day, 365),
        },
      },
      "coordinator",
    );
    await must(
      stack,
      `mutation ($id: ID!) { recordCredentialVerification(id: $id, outcome: VERIFIED) { id } }`,
      { id: addCredential.id },
      "coordinator",
    );
  }
  if (options.competent !== false)
    await must(
      stack,
      `mutation ($input: RecordCompetencyAssessmentInput!) { recordCompetencyAssessment(input: $input) { id } }`,
      { input: { staffMemberId, modality, assessedOn: addDays(departmentToday(), -30), result: "PASSED", nextDueOn: addDays(day, 365) } },
      "coordinator",
    );
  await must(
    stack,
    `mutation ($input: AssignShiftInput!) { assignShift(input: $input) { id } }`,
    {
      input: {
        staffMemberId,
        startsAt: options.shift?.startsAt ?? at(day, "07:00"),
        endsAt: options.shift?.endsAt ?? at(day, "19:00"),
        modality,
      },
    },
    "coordinator",
  );
  return staffMemberId;
}

export async function registerPatient(stack: FederatedStack, familyName = "Moreau"): Promise<string> {
  const { registerPatient } = await must<{ registerPatient: { id: string } }>(
    stack,
    `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
    { input: { familyName, givenName: unique("G"), birthDate: "1970-04-12", administrativeSex: "FEMALE", confirmNotDuplicate: true } },
    "scheduler",
  );
  return registerPatient.id;
}

export interface ProcedureSpec {
  code?: string;
  modality?: string;
  minutes?: number;
  contrast?: string;
  contrastAgent?: string;
  screenings?: string[];
  priorAuthRequired?: boolean;
  consentRequired?: boolean;
  lateralityRequired?: boolean;
  procedureGroup?: string;
}

export async function addProcedure(stack: FederatedStack, spec: ProcedureSpec = {}): Promise<string> {
  const { addProcedure } = await must<{ addProcedure: { id: string } }>(
    stack,
    `mutation ($input: AddProcedureInput!) { addProcedure(input: $input) { id } }`,
    {
      input: {
        code: spec.code ?? unique("CT"),
        name: "CT head without contrast",
        modality: spec.modality ?? "CT",
        bodyPart: "Head",
        lateralityRequired: spec.lateralityRequired ?? false,
        defaultMinutes: spec.minutes ?? 20,
        contrast: spec.contrast ?? "NONE",
        contrastAgent: spec.contrastAgent ?? null,
        screenings: spec.screenings ?? [],
        consentRequired: spec.consentRequired ?? false,
        priorAuthRequired: spec.priorAuthRequired ?? false,
        workloadWeight: 1.5,
        reportDueHours: { routine: 48, urgent: 8, asap: 4, stat: 1 },
        procedureGroup: spec.procedureGroup ?? null,
      },
    },
    "coordinator",
  );
  return addProcedure.id;
}

export async function placeOrder(
  stack: FederatedStack,
  patientId: string,
  procedureId: string,
  extra: { priority?: string; laterality?: string } = {},
): Promise<string> {
  const { placeOrder } = await must<{ placeOrder: { id: string } }>(
    stack,
    `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
    {
      input: {
        patientId,
        procedureId,
        referringProvider: { name: "Dr. Lena Fischer", npi: "1234567893" },
        reason: { code: "R51.9", text: "Headache" },
        priority: extra.priority ?? "ROUTINE",
        patientClass: "OUTPATIENT",
        laterality: extra.laterality ?? null,
      },
    },
    "scheduler",
  );
  return placeOrder.id;
}

export const bookMutation = /* GraphQL */ `
  mutation ($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      id
      status
      startsAt
      endsAt
      overbooked
    }
  }
`;

/** A start a minute or two from now, on the minute: for the exam day, which happens today. */
export function soon(minutesAhead = 2): string {
  return new Date(Math.ceil(Date.now() / 60_000) * 60_000 + minutesAhead * 60_000).toISOString();
}

/** A technologist on shift around now (from an hour ago, for `hours`), credentialed and competent. */
export async function technologistOnShiftNow(
  stack: FederatedStack,
  modality = "CT",
  hours = 4,
  credential = `ARRT_${modality}`,
): Promise<string> {
  const hour = 3_600_000;
  return technologistOnShift(stack, departmentToday(), {
    modality,
    credential,
    shift: { startsAt: new Date(Date.now() - hour).toISOString(), endsAt: new Date(Date.now() + (hours - 1) * hour).toISOString() },
  });
}

/** Books an order a few minutes from now (a coordinator, past opening hours if the test runs at night). */
export async function bookSoon(
  stack: FederatedStack,
  input: { orderId: string; deviceId: string; technologistId?: string; minutesAhead?: number },
): Promise<string> {
  const { bookAppointment } = await must<{ bookAppointment: { id: string } }>(
    stack,
    bookMutation,
    {
      input: {
        orderId: input.orderId,
        deviceId: input.deviceId,
        technologistId: input.technologistId ?? null,
        startsAt: soon(input.minutesAhead),
        overrides: [{ code: "OUTSIDE_HOURS", reason: "The exam-day tests run at any hour" }],
      },
    },
    "coordinator",
  );
  return bookAppointment.id;
}
