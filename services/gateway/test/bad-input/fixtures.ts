import type { FederatedStack } from "../federated-stack.ts";

/** Records of every area for the bad-input corpus to aim at, so that each case fails on its bad value, not on a missing record. */
export interface Fixtures {
  patientId: string;
  otherPatientId: string;
  coverageId: string;
  priorAuthorizationId: string;
  priorStudyRequestId: string;
  screeningId: string;
  consentId: string;
  staffMemberId: string;
  credentialId: string;
  shiftId: string;
  otherShiftId: string;
  deviceId: string;
  probeId: string;
  itemId: string;
  lotId: string;
  maintenanceId: string;
  procedureId: string;
  lateralProcedureId: string;
  retiredProcedureId: string;
  mergedPatientId: string;
  orderId: string;
  /** A scanner with opening hours, free for the corpus's bookings. */
  scannerId: string;
  appointmentId: string;
}

const hour = 3_600_000;
export const daysAgo = (days: number) => new Date(Date.now() - days * 24 * hour).toISOString().slice(0, 10);
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * hour).toISOString();
/** Noon (UTC) on a day some days ahead: inside the corpus scanner's 00:00–24:00 hours. */
export const noonIn = (days: number) => `${new Date(Date.now() + days * 24 * hour).toISOString().slice(0, 10)}T12:00:00Z`;

/** Valid inputs: the corpus breaks one value of each at a time. */
export const valid = {
  patient: {
    familyName: "Okafor",
    givenName: "Chidi",
    birthDate: "1980-04-02",
    administrativeSex: "MALE",
    phone: "+1 608 555 0101",
    email: "chidi.okafor@example.org",
    address: { line: "1 Main St", city: "Madison", region: "WI", postalCode: "53703", country: "US" },
    preferredLanguage: "en",
    emergencyContact: { name: "Ada Okafor", phone: "+1 608 555 0102", relationship: "spouse" },
  },
  staffMember: { employeeId: "E-1001", familyName: "Reyes", givenName: "Maria", role: "TECHNOLOGIST", modalities: ["CT"] },
  device: {
    name: "CT 9",
    kind: "SCANNER",
    modality: "CT",
    manufacturer: "GE",
    model: "Revolution",
    serialNumber: "SN-9001",
    room: "CT room 9",
    installedOn: "2020-01-01",
  },
  item: { name: "Iohexol 350", category: "CONTRAST", unit: "bottle", location: "CT store", reorderLevel: 5 },
};

async function create(stack: FederatedStack, role: string, document: string, variables: Record<string, unknown>): Promise<string> {
  const response = await stack.call<Record<string, { id: string } | null>>(document, variables, role);
  const record = Object.values(response.data ?? {})[0];
  if (response.errors || !record) throw new Error(`fixture failed: ${document}\n${JSON.stringify(response.errors)}`);
  return record.id;
}

/** Creates one record of each kind through the gateway, as the department would. */
export async function createFixtures(stack: FederatedStack): Promise<Fixtures> {
  const c = (document: string, variables: Record<string, unknown>, role = "coordinator") => create(stack, role, document, variables);
  const patientId = await c(`mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`, { input: valid.patient });
  const otherPatientId = await c(`mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`, {
    input: { familyName: "Lind", givenName: "Astrid", birthDate: "1975-09-09", administrativeSex: "FEMALE" },
  });
  const staffMemberId = await c(`mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`, {
    input: valid.staffMember,
  });
  const shift = (startsIn: number) =>
    c(`mutation ($input: AssignShiftInput!) { assignShift(input: $input) { id } }`, {
      input: { staffMemberId, startsAt: hoursFromNow(startsIn), endsAt: hoursFromNow(startsIn + 8), modality: "CT", location: "CT 1" },
    });
  const deviceId = await c(`mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`, { input: valid.device });
  const itemId = await c(`mutation ($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`, { input: valid.item });
  const received = await stack.call<{ receiveStock: { lot: { id: string } } }>(
    `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { lot { id } } }`,
    { input: { itemId, lotNumber: "L-1", expiresOn: "2030-06-30", quantity: 10, location: "CT store" } },
    "coordinator",
  );
  const lotId = received.data?.receiveStock.lot.id;
  if (!lotId) throw new Error(`fixture failed: receiveStock ${JSON.stringify(received.errors)}`);
  return {
    ...(await schedulingFixtures(stack, c, otherPatientId)),
    patientId,
    otherPatientId,
    coverageId: await c(`mutation ($input: AddCoverageInput!) { addCoverage(input: $input) { id } }`, {
      input: { patientId, payer: "Acme Health", memberId: "ABC123", subscriberRelation: "SELF" },
    }),
    priorAuthorizationId: await c(
      `mutation ($input: RequestPriorAuthorizationInput!) { requestPriorAuthorization(input: $input) { id } }`,
      {
        input: { patientId, orderReference: "ORD-1", procedureCode: "70553" },
      },
    ),
    priorStudyRequestId: await c(`mutation ($input: RequestPriorStudiesInput!) { requestPriorStudies(input: $input) { id } }`, {
      input: { patientId, facility: "St Mary's Hospital" },
    }),
    screeningId: await c(
      `mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
      { input: { patientId, pacemaker: false, egfr: 80, egfrMeasuredOn: daysAgo(3), weightKg: 70 } },
      "technologist",
    ),
    consentId: await c(`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
      input: { patientId, kind: "CONTRAST", signedAt: hoursFromNow(-1), signedBy: { name: "Chidi Okafor", relationship: "SELF" } },
    }),
    staffMemberId,
    credentialId: await c(`mutation ($input: AddCredentialInput!) { addCredential(input: $input) { id } }`, {
      input: { staffMemberId, kind: "ARRT_CT", number: "12345", issuer: "ARRT", issuedOn: "2025-01-01", expiresOn: "2030-01-01" },
    }),
    shiftId: await shift(24),
    otherShiftId: await shift(48),
    deviceId,
    probeId: await c(`mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`, {
      input: { name: "Probe 9", kind: "ULTRASOUND_PROBE", modality: "US", manufacturer: "GE", model: "C1-6", serialNumber: "PR-9001" },
    }),
    itemId,
    lotId,
    maintenanceId: await c(`mutation ($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }`, {
      input: { deviceId, kind: "PREVENTIVE", startsAt: hoursFromNow(-2), endsAt: hoursFromNow(1) },
    }),
  };
}

const procedureInput = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: `Corpus ${code}`,
  modality: "CT",
  bodyPart: "Head",
  lateralityRequired: false,
  defaultMinutes: 20,
  contrast: "NONE",
  priorAuthRequired: false,
  workloadWeight: 1,
  reportDueHours: { routine: 48, urgent: 8, asap: 4, stat: 1 },
  ...extra,
});

export const validOrder = (patientId: string, procedureId: string) => ({
  patientId,
  procedureId,
  referringProvider: { name: "Dr. Lena Fischer", npi: "1234567893" },
  reason: { code: "R51.9", text: "Headache" },
  priority: "ROUTINE",
  patientClass: "OUTPATIENT",
});

/** The scheduling area's records: procedures (one needing a side, one retired), an order, an open scanner, a booking, a merged-away patient. */
async function schedulingFixtures(
  stack: FederatedStack,
  c: (document: string, variables: Record<string, unknown>, role?: string) => Promise<string>,
  survivorId: string,
) {
  const addProcedure = `mutation ($input: AddProcedureInput!) { addProcedure(input: $input) { id } }`;
  const procedureId = await c(addProcedure, { input: procedureInput("CORPUS-CT") });
  const lateralProcedureId = await c(addProcedure, {
    input: procedureInput("CORPUS-KNEE", { lateralityRequired: true, bodyPart: "Knee" }),
  });
  const retiredProcedureId = await c(addProcedure, { input: procedureInput("CORPUS-OLD") });
  await c(`mutation ($id: ID!) { retireProcedure(id: $id, reason: "Replaced") { id } }`, { id: retiredProcedureId });
  const registerPatient = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
  const mergedPatientId = await c(registerPatient, {
    input: { familyName: "Lind", givenName: "Astrid", birthDate: "1975-09-09", administrativeSex: "FEMALE", confirmNotDuplicate: true },
  });
  await c(`mutation ($a: ID!, $b: ID!) { mergePatients(survivorId: $a, duplicateId: $b, reason: "Registered twice") { id } }`, {
    a: survivorId,
    b: mergedPatientId,
  });
  const orderId = await c(
    `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
    { input: validOrder(survivorId, procedureId) },
    "scheduler",
  );
  const scannerId = await c(`mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`, {
    input: { ...valid.device, name: "CT corpus", serialNumber: "SN-CORPUS" },
  });
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "00:00", closes: "24:00" }));
  const opened = await stack.call(
    `mutation ($id: ID!, $from: Date!, $hours: [WeeklyHoursInterval!]!) { setWeeklyHours(deviceId: $id, validFrom: $from, hours: $hours) { weekday } }`,
    { id: scannerId, from: daysAgo(0), hours },
    "coordinator",
  );
  if (opened.errors) throw new Error(`fixture failed: setWeeklyHours ${JSON.stringify(opened.errors)}`);
  const appointmentId = await c(
    `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`,
    { input: { orderId, deviceId: scannerId, startsAt: noonIn(10) } },
    "scheduler",
  );
  return { procedureId, lateralProcedureId, retiredProcedureId, mergedPatientId, orderId, scannerId, appointmentId };
}
