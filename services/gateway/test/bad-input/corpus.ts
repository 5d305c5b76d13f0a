import { daysAgo, hoursFromNow, noonIn, valid, validOrder, type Fixtures } from "./fixtures.ts";
import * as bad from "./mutators.ts";

/** One bad request: a valid call with one value broken. */
export interface BadInputCase {
  label: string;
  role: string;
  document: string;
  variables: Record<string, unknown>;
  /** The codes that refuse it rightly. */
  codes: string[];
}

interface MutationSpec {
  role?: string;
  document: string;
  /** Variables that would succeed. */
  base: Record<string, unknown>;
  /** Dotted paths into the variables, each with the bad values to try there. */
  fields: Array<[path: string, values: bad.BadValue[]]>;
}

function withValue(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split(".");
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    target[key] = { ...((target[key] as Record<string, unknown> | undefined) ?? {}) };
    target = target[key] as Record<string, unknown>;
  }
  target[keys[keys.length - 1] as string] = value;
  return copy;
}

const never: bad.BadValue[] = [["a value that is not one of the choices", "SOMETIMES"]];

/** Every mutation of the department's API, each with the bad values its fields may receive. */
function mutations(f: Fixtures): Record<string, MutationSpec> {
  return {
    registerPatient: {
      document: `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
      base: { input: { ...valid.patient, familyName: "Novak", birthDate: "1990-01-01" } },
      fields: [
        ["input.familyName", bad.personName],
        ["input.givenName", bad.personName],
        ["input.middleName", bad.anyText],
        ["input.birthDate", [...bad.calendarDate, ["a birth date in the future", "2999-01-01"], ["before 1890", "1850-01-01"]]],
        ["input.administrativeSex", never],
        [
          "input.mrn",
          [
            ["too short", "12"],
            ["with a NUL byte", "G0001\u00002345"],
          ],
        ],
        ["input.phone", [["letters", "call me"]]],
        ["input.email", [["not an address", "chidi at example"]]],
        ["input.address.country", [["three letters", "USA"]]],
        ["input.address.city", bad.anyText],
        ["input.preferredLanguage", [["a language name", "English"]]],
        ["input.emergencyContact.name", bad.personName],
      ],
    },
    updatePatient: {
      document: `mutation ($id: ID!, $input: UpdatePatientInput!) { updatePatient(id: $id, input: $input) { id } }`,
      base: { id: f.patientId, input: { familyName: "Okafor" } },
      fields: [
        ["id", bad.recordId],
        ["input.familyName", bad.personName],
        ["input.birthDate", bad.calendarDate],
        ["input.email", [["not an address", "@@"]]],
      ],
    },
    mergePatients: {
      document: `mutation ($s: ID!, $d: ID!, $reason: String!) { mergePatients(survivorId: $s, duplicateId: $d, reason: $reason) { id } }`,
      base: { s: f.patientId, d: f.otherPatientId, reason: "Same person registered twice at the front desk" },
      fields: [
        ["s", bad.recordId],
        ["d", [...bad.recordId, ["the survivor itself", f.patientId]]],
        ["reason", bad.requiredText],
      ],
    },
    recordConsent: {
      document: `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      base: {
        input: {
          patientId: f.patientId,
          kind: "PROCEDURE",
          signedAt: hoursFromNow(-1),
          signedBy: { name: "Chidi Okafor", relationship: "SELF" },
        },
      },
      fields: [
        ["input.patientId", bad.recordId],
        ["input.kind", never],
        ["input.signedAt", [...bad.instant, ["tomorrow", hoursFromNow(24)]]],
        ["input.signedBy.name", bad.personName],
        ["input.orderReference", [["spaces and markup", "<b>ord 1</b>"]]],
      ],
    },
    revokeConsent: {
      document: `mutation ($id: ID!, $reason: String!) { revokeConsent(id: $id, reason: $reason) { id } }`,
      base: { id: f.consentId, reason: "Patient withdrew consent" },
      fields: [
        ["id", bad.recordId],
        ["reason", bad.requiredText],
      ],
    },
    addCoverage: {
      document: `mutation ($input: AddCoverageInput!) { addCoverage(input: $input) { id } }`,
      base: { input: { patientId: f.patientId, payer: "Acme Health", memberId: "ZX-9", subscriberRelation: "SELF" } },
      fields: [
        ["input.patientId", bad.recordId],
        ["input.payer", bad.requiredText],
        ["input.memberId", [["punctuation", "#!?"], ...bad.anyText]],
        ["input.plan", bad.anyText],
        ["input.period", [["an end before the start", { start: "2026-06-01", end: "2026-01-01" }]]],
        ["input.period.start", bad.calendarDate],
      ],
    },
    updateCoverage: {
      document: `mutation ($id: ID!, $input: UpdateCoverageInput!) { updateCoverage(id: $id, input: $input) { id } }`,
      base: { id: f.coverageId, input: { plan: "Gold" } },
      fields: [
        ["id", bad.recordId],
        ["input.payer", bad.requiredText],
        ["input.period.end", bad.calendarDate],
      ],
    },
    verifyCoverage: {
      document: `mutation ($id: ID!, $note: String) { verifyCoverage(id: $id, outcome: ELIGIBLE, note: $note) { id } }`,
      base: { id: f.coverageId, note: "Checked on the payer portal" },
      fields: [
        ["id", bad.recordId],
        ["note", bad.anyText],
      ],
    },
    requestPriorAuthorization: {
      document: `mutation ($input: RequestPriorAuthorizationInput!) { requestPriorAuthorization(input: $input) { id } }`,
      base: { input: { patientId: f.patientId, orderReference: "ORD-2", procedureCode: "74177" } },
      fields: [
        ["input.patientId", bad.recordId],
        ["input.orderReference", [["spaces", "order one"], ...bad.anyText]],
        ["input.procedureCode", [["blank", ""]]],
      ],
    },
    recordPriorAuthorizationDecision: {
      document: `mutation ($id: ID!, $input: PriorAuthorizationDecisionInput!) { recordPriorAuthorizationDecision(id: $id, input: $input) { id } }`,
      base: { id: f.priorAuthorizationId, input: { status: "APPROVED", validFrom: "2026-01-01", validUntil: "2026-12-31" } },
      fields: [
        ["id", bad.recordId],
        ["input.status", [["REQUESTED is not a decision", "REQUESTED"]]],
        ["input.validFrom", bad.calendarDate],
        ["input.validUntil", [["before validFrom", "2025-12-31"]]],
        ["input.note", bad.anyText],
      ],
    },
    requestPriorStudies: {
      document: `mutation ($input: RequestPriorStudiesInput!) { requestPriorStudies(input: $input) { id } }`,
      base: { input: { patientId: f.patientId, facility: "Riverside Imaging" } },
      fields: [
        ["input.patientId", bad.recordId],
        ["input.facility", bad.requiredText],
        ["input.studiesDescription", bad.anyText],
      ],
    },
    markPriorStudiesReceived: {
      document: `mutation ($id: ID!, $at: DateTime, $note: String) { markPriorStudiesReceived(id: $id, receivedAt: $at, note: $note) { id } }`,
      base: { id: f.priorStudyRequestId, at: hoursFromNow(0), note: "Arrived on CD" },
      fields: [
        ["id", bad.recordId],
        ["at", [...bad.instant, ["tomorrow", hoursFromNow(24)], ["before the request was made", hoursFromNow(-24 * 30)]]],
        ["note", bad.anyText],
      ],
    },
    closePriorStudyRequest: {
      document: `mutation ($id: ID!, $status: PriorStudyRequestStatus!, $note: String) { closePriorStudyRequest(id: $id, status: $status, note: $note) { id } }`,
      base: { id: f.priorStudyRequestId, status: "CANCELLED", note: "No longer needed" },
      fields: [
        ["id", bad.recordId],
        ["status", [["RECEIVED is not a closing", "RECEIVED"], ...never]],
        ["note", bad.anyText],
      ],
    },
    recordScreening: {
      role: "technologist",
      document: `mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
      base: { input: { patientId: f.patientId, claustrophobia: false } },
      fields: [
        ["input.patientId", bad.recordId],
        [
          "input.egfr",
          [
            ["above 200", 250],
            ["negative", -1],
          ],
        ],
        ["input.egfrMeasuredOn", [...bad.calendarDate, ["in the future", "2999-01-01"]]],
        [
          "input.weightKg",
          [
            ["zero", 0],
            ["a tonne", 1000],
          ],
        ],
        [
          "input.validForDays",
          [
            ["zero", 0],
            ["two years", 730],
          ],
        ],
        ["input.implantDetails", bad.anyText],
        ["input.claustrophobia", [["nothing answered", null]]],
      ],
    },
    amendScreening: {
      role: "technologist",
      document: `mutation ($id: ID!, $input: AmendScreeningInput!) { amendScreening(id: $id, input: $input) { id } }`,
      base: { id: f.screeningId, input: { claustrophobia: true } },
      fields: [
        ["id", bad.recordId],
        ["input.priorContrastReactions", bad.anyText],
        ["input.egfr", [["a fraction", 61.5]]],
      ],
    },
    addStaffMember: {
      document: `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
      base: { input: { ...valid.staffMember, employeeId: "E-2002" } },
      fields: [
        [
          "input.employeeId",
          [
            ["spaces", "E 2002"],
            ["a NUL byte", "E-\u00002"],
          ],
        ],
        ["input.familyName", bad.personName],
        ["input.givenName", bad.personName],
        ["input.npi", [["a wrong check digit", "1234567890"]]],
        [
          "input.modalities",
          [
            ["100,000 modalities", Array.from({ length: 100_000 }, () => "CT")],
            ["an unknown one", ["XX"]],
          ],
        ],
        ["input.role", [["a radiologist without an NPI", "RADIOLOGIST"]]],
      ],
    },
    recordCompetencyAssessment: {
      document: `mutation ($input: RecordCompetencyAssessmentInput!) { recordCompetencyAssessment(input: $input) { id } }`,
      base: { input: { staffMemberId: f.staffMemberId, modality: "CT", assessedOn: daysAgo(1), result: "PASSED" } },
      fields: [
        ["input.staffMemberId", bad.recordId],
        ["input.assessedOn", [...bad.calendarDate, ["in the future", "2999-01-01"]]],
        ["input.nextDueOn", [["before the assessment", "2000-01-01"]]],
        ["input.assessedBy", bad.requiredText],
      ],
    },
    logContinuingEducation: {
      document: `mutation ($input: LogContinuingEducationInput!) { logContinuingEducation(input: $input) { id } }`,
      base: { input: { staffMemberId: f.staffMemberId, title: "CT dose reduction", category: "A", credits: 1.5, completedOn: daysAgo(2) } },
      fields: [
        ["input.staffMemberId", bad.recordId],
        ["input.title", bad.requiredText],
        [
          "input.credits",
          [
            ["zero", 0],
            ["three decimals", 1.125],
            ["a hundred", 100],
          ],
        ],
        ["input.completedOn", bad.calendarDate],
      ],
    },
    addCredential: {
      document: `mutation ($input: AddCredentialInput!) { addCredential(input: $input) { id } }`,
      base: {
        input: {
          staffMemberId: f.staffMemberId,
          kind: "BLS",
          number: "BLS-1",
          issuer: "AHA",
          issuedOn: "2025-01-01",
          expiresOn: "2027-01-01",
        },
      },
      fields: [
        ["input.staffMemberId", bad.recordId],
        ["input.number", bad.requiredText],
        ["input.issuer", bad.requiredText],
        ["input.issuedOn", [...bad.calendarDate, ["in the future", "2999-01-01"]]],
        ["input.expiresOn", [["before issue", "2024-01-01"]]],
      ],
    },
    renewCredential: {
      document: `mutation ($id: ID!, $input: RenewCredentialInput!) { renewCredential(id: $id, input: $input) { id } }`,
      base: { id: f.credentialId, input: { issuedOn: "2026-01-01", expiresOn: "2028-01-01" } },
      fields: [
        ["id", bad.recordId],
        ["input.expiresOn", [...bad.calendarDate, ["before issue", "2025-06-01"]]],
        ["input.number", bad.anyText],
      ],
    },
    recordCredentialVerification: {
      document: `mutation ($id: ID!, $outcome: VerificationOutcome!) { recordCredentialVerification(id: $id, outcome: $outcome) { id } }`,
      base: { id: f.credentialId, outcome: "VERIFIED" },
      fields: [
        ["id", bad.recordId],
        ["outcome", never],
      ],
    },
    assignShift: {
      document: `mutation ($input: AssignShiftInput!) { assignShift(input: $input) { id } }`,
      base: { input: { staffMemberId: f.staffMemberId, startsAt: hoursFromNow(100), endsAt: hoursFromNow(108), modality: "CT" } },
      fields: [
        ["input.staffMemberId", bad.recordId],
        ["input.startsAt", bad.instant],
        [
          "input.endsAt",
          [
            ["before the start", hoursFromNow(99)],
            ["30 hours later", hoursFromNow(130)],
          ],
        ],
        ["input.location", bad.requiredText],
        ["input.modality", never],
      ],
    },
    swapShifts: {
      document: `mutation ($a: ID!, $b: ID!) { swapShifts(firstShiftId: $a, secondShiftId: $b) { id } }`,
      base: { a: f.shiftId, b: f.otherShiftId },
      fields: [
        ["a", bad.recordId],
        ["b", bad.recordId],
      ],
    },
    markOnCall: {
      document: `mutation ($id: ID!) { markOnCall(shiftId: $id) { id } }`,
      base: { id: f.shiftId },
      fields: [["id", bad.recordId]],
    },
    cancelShift: {
      document: `mutation ($id: ID!, $reason: String!) { cancelShift(shiftId: $id, reason: $reason) { id } }`,
      base: { id: f.shiftId, reason: "Called in sick" },
      fields: [
        ["id", bad.recordId],
        ["reason", bad.requiredText],
      ],
    },
    registerDevice: {
      document: `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`,
      base: { input: { ...valid.device, serialNumber: "SN-9002" } },
      fields: [
        ["input.name", bad.requiredText],
        ["input.manufacturer", bad.requiredText],
        [
          "input.serialNumber",
          [
            ["spaces", "SN 1"],
            ["a NUL byte", "SN-\u00001"],
          ],
        ],
        ["input.installedOn", bad.calendarDate],
        ["input.endOfSupportOn", [["before installation", "2019-01-01"]]],
        ["input.kind", never],
        ["input.room", bad.anyText],
      ],
    },
    retireDevice: {
      document: `mutation ($id: ID!, $reason: String) { retireDevice(deviceId: $id, reason: $reason) { id } }`,
      base: { id: f.deviceId, reason: "Replaced by CT 10" },
      fields: [
        ["id", bad.recordId],
        ["reason", bad.anyText],
      ],
    },
    setDeviceStatus: {
      document: `mutation ($id: ID!, $status: DeviceStatus!, $reason: String) { setDeviceStatus(deviceId: $id, status: $status, reason: $reason) { id } }`,
      base: { id: f.deviceId, status: "DOWN", reason: "Tube failure" },
      fields: [
        ["id", bad.recordId],
        ["status", [["RETIRED (use retireDevice)", "RETIRED"], ...never]],
        ["reason", bad.anyText],
      ],
    },
    addInventoryItem: {
      document: `mutation ($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`,
      base: { input: { ...valid.item, name: "Gel 250 ml", category: "GEL" } },
      fields: [
        ["input.name", bad.requiredText],
        ["input.unit", bad.requiredText],
        [
          "input.reorderLevel",
          [
            ["negative", -1],
            ["past 32 bits", 2 ** 31],
          ],
        ],
        ["input.category", never],
      ],
    },
    scheduleMaintenance: {
      document: `mutation ($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }`,
      base: { input: { deviceId: f.deviceId, kind: "CALIBRATION", startsAt: hoursFromNow(200), endsAt: hoursFromNow(204) } },
      fields: [
        ["input.deviceId", bad.recordId],
        ["input.startsAt", bad.instant],
        [
          "input.endsAt",
          [
            ["before the start", hoursFromNow(199)],
            ["a month long", hoursFromNow(200 + 24 * 30)],
          ],
        ],
        ["input.vendor", bad.requiredText],
        ["input.notes", bad.anyText],
      ],
    },
    completeMaintenance: {
      document: `mutation ($id: ID!, $at: DateTime, $notes: String) { completeMaintenance(maintenanceId: $id, completedAt: $at, notes: $notes) { id } }`,
      base: { id: f.maintenanceId, at: hoursFromNow(0), notes: "Passed" },
      fields: [
        ["id", bad.recordId],
        ["at", [...bad.instant, ["tomorrow", hoursFromNow(24)], ["before the window began", hoursFromNow(-5)]]],
        ["notes", bad.anyText],
      ],
    },
    cancelMaintenance: {
      document: `mutation ($id: ID!, $reason: String!) { cancelMaintenance(maintenanceId: $id, reason: $reason) { id } }`,
      base: { id: f.maintenanceId, reason: "Vendor rescheduled" },
      fields: [
        ["id", bad.recordId],
        ["reason", bad.requiredText],
      ],
    },
    recordProbeUse: {
      document: `mutation ($input: RecordProbeUseInput!) { recordProbeUse(input: $input) { id } }`,
      base: { input: { probeId: f.probeId, usedAt: hoursFromNow(0), appointmentReference: "APT-1" } },
      fields: [
        ["input.probeId", bad.recordId],
        ["input.usedAt", [...bad.instant, ["tomorrow", hoursFromNow(24)]]],
        ["input.appointmentReference", bad.requiredText],
      ],
    },
    logDisinfection: {
      document: `mutation ($input: LogDisinfectionInput!) { logDisinfection(input: $input) { id } }`,
      base: { input: { probeId: f.probeId, method: "UV_C", performedById: f.staffMemberId, result: "PASS" } },
      fields: [
        ["input.probeId", bad.recordId],
        ["input.performedById", bad.recordId],
        ["input.disinfectantLotId", bad.recordId],
        ["input.performedAt", [...bad.instant, ["tomorrow", hoursFromNow(24)]]],
        ["input.method", never],
        ["input.notes", bad.anyText],
      ],
    },
    addServiceContract: {
      document: `mutation ($input: AddServiceContractInput!) { addServiceContract(input: $input) { id } }`,
      base: {
        input: {
          deviceId: f.deviceId,
          vendor: "GE Healthcare",
          coverage: "FULL",
          startsOn: "2026-01-01",
          endsOn: "2026-12-31",
          annualCost: "12000.00",
          responseTimeHours: 24,
        },
      },
      fields: [
        ["input.deviceId", bad.recordId],
        ["input.vendor", bad.requiredText],
        ["input.startsOn", bad.calendarDate],
        ["input.endsOn", [["before the start", "2025-12-31"]]],
        [
          "input.annualCost",
          [
            ["negative", "-5"],
            ["three decimals", "1.005"],
            ["words", "twelve thousand"],
          ],
        ],
        [
          "input.responseTimeHours",
          [
            ["zero", 0],
            ["a year", 8760],
          ],
        ],
      ],
    },
    receiveStock: {
      document: `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`,
      base: { input: { itemId: f.itemId, lotNumber: "L-2", quantity: 5, location: "CT store" } },
      fields: [
        ["input.itemId", bad.recordId],
        ["input.lotNumber", bad.requiredText],
        ["input.quantity", bad.count],
        ["input.expiresOn", bad.calendarDate],
        ["input.occurredAt", bad.instant],
        ["input.location", bad.requiredText],
      ],
    },
    recordStockUse: {
      document: `mutation ($input: WithdrawStockInput!) { recordStockUse(input: $input) { id } }`,
      base: { input: { lotId: f.lotId, quantity: 1, location: "CT store" } },
      fields: [
        ["input.lotId", bad.recordId],
        ["input.quantity", bad.count],
        ["input.reason", bad.requiredText],
      ],
    },
    recordWaste: {
      document: `mutation ($input: WithdrawStockInput!) { recordWaste(input: $input) { id } }`,
      base: { input: { lotId: f.lotId, quantity: 1, location: "CT store", reason: "Expired" } },
      fields: [
        ["input.lotId", bad.recordId],
        ["input.quantity", bad.count],
        ["input.occurredAt", bad.instant],
      ],
    },
    adjustStock: {
      document: `mutation ($input: AdjustStockInput!) { adjustStock(input: $input) { id } }`,
      base: { input: { lotId: f.lotId, quantity: -1, location: "CT store", reason: "Monthly count" } },
      fields: [
        ["input.lotId", bad.recordId],
        [
          "input.quantity",
          [
            ["zero", 0],
            ["a fraction", 0.5],
            ["past 32 bits", -(2 ** 31) - 1],
          ],
        ],
        ["input.reason", bad.requiredText],
      ],
    },
    placeOrder: {
      role: "scheduler",
      document: `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
      base: { input: validOrder(f.otherPatientId, f.procedureId) },
      fields: [
        ["input.patientId", [...bad.recordId, ["a patient merged into another record", f.mergedPatientId]]],
        [
          "input.procedureId",
          [
            ...bad.recordId,
            ["a retired procedure", f.retiredProcedureId],
            ["an unknown procedure", "8d0f6a4e-3c55-4c8e-9a43-2f1f0e7b9a10", "NOT_FOUND"],
          ],
        ],
        ["input.referringProvider.name", bad.personName],
        [
          "input.referringProvider.npi",
          [
            ["a wrong check digit", "1234567890"],
            ["nine digits", "123456789"],
            ["letters", "12345678AB"],
          ],
        ],
        [
          "input.reason.code",
          [
            ["a malformed ICD-10 code", "R5"],
            ["digits first", "51.9"],
            ["too many characters", "R51.12345"],
            ["with a NUL byte", "R51\u0000.9"],
          ],
        ],
        ["input.reason.text", bad.anyText],
        ["input.notes", bad.anyText],
        ["input.priority", never],
        ["input.placerOrderNumber", bad.anyText],
      ],
    },
    placeOrderNeedingASide: {
      role: "scheduler",
      document: `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
      base: { input: { ...validOrder(f.otherPatientId, f.lateralProcedureId), laterality: "LEFT" } },
      fields: [["input.laterality", [["missing where the procedure needs a side", null], ...never]]],
    },
    triageOrder: {
      document: `mutation ($input: TriageOrderInput!) { triageOrder(input: $input) { id } }`,
      base: { input: { orderId: f.orderId, priority: "URGENT", protocol: "Head routine" } },
      fields: [
        ["input.orderId", bad.recordId],
        ["input.protocol", bad.anyText],
        ["input.note", bad.anyText],
        ["input.priority", never],
      ],
    },
    holdOrder: {
      document: `mutation ($input: HoldOrderInput!) { holdOrder(input: $input) { id } }`,
      base: { input: { orderId: f.orderId, reason: "Waiting for the referrer" } },
      fields: [["input.reason", bad.requiredText]],
    },
    bookAppointment: {
      role: "scheduler",
      document: `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`,
      base: { input: { orderId: f.orderId, deviceId: f.scannerId, startsAt: noonIn(11) } },
      fields: [
        ["input.startsAt", [...bad.instant, ["in the past", hoursFromNow(-30)]]],
        ["input.orderId", bad.recordId],
        ["input.deviceId", bad.recordId],
        ["input.technologistId", bad.recordId],
        ["input.holdId", bad.recordId],
      ],
    },
    overbookAppointment: {
      document: `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`,
      base: { input: { orderId: f.orderId, deviceId: f.scannerId, startsAt: noonIn(12), overbookReason: "Add-on" } },
      fields: [["input.overbookReason", bad.requiredText]],
    },
    holdSlot: {
      role: "scheduler",
      document: `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { id } }`,
      base: { input: { orderId: f.orderId, deviceId: f.scannerId, startsAt: noonIn(13), minutes: 5 } },
      fields: [
        ["input.minutes", [...bad.count, ["more than 15 minutes", 16]]],
        ["input.startsAt", [["in the past", hoursFromNow(-30)]]],
      ],
    },
    cancelAppointment: {
      role: "scheduler",
      document: `mutation ($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { id } }`,
      base: { input: { appointmentId: f.appointmentId, reason: "PATIENT_REQUEST", note: "Rang to cancel" } },
      fields: [
        ["input.appointmentId", bad.recordId],
        ["input.note", bad.anyText],
        ["input.reason", [...never, ["a reason only Gantry writes", "HOLD_EXPIRED"]]],
      ],
    },
    checkIn: {
      role: "scheduler",
      document: `mutation ($input: CheckInInput!) { checkIn(input: $input) { id } }`,
      base: {
        input: { appointmentId: f.appointmentId, identifiers: ["MRN", "WRISTBAND"], screeningReviewed: true, consentReviewed: true },
      },
      fields: [
        ["input.appointmentId", bad.recordId],
        [
          "input.identifiers",
          [
            ["one identifier", ["MRN"]],
            ["the same identifier twice", ["MRN", "MRN"]],
            ["an identifier Gantry does not know", ["MRN", "FINGERPRINT"]],
          ],
        ],
        ["input.screeningReviewed", [["not reviewed", false]]],
      ],
    },
    discontinueExam: {
      role: "technologist",
      document: `mutation ($input: DiscontinueExamInput!) { discontinueExam(input: $input) { id } }`,
      base: { input: { appointmentId: f.appointmentId, reason: "Patient could not lie still" } },
      fields: [
        ["input.appointmentId", bad.recordId],
        ["input.reason", bad.requiredText],
      ],
    },
    recordReportDistribution: {
      role: "radiologist",
      document: `mutation ($input: RecordReportDistributionInput!) { recordReportDistribution(input: $input) { id } }`,
      base: { input: { appointmentId: f.appointmentId, via: "FAX", to: "Dr. Lena Fischer" } },
      fields: [
        ["input.to", bad.requiredText],
        ["input.via", [["a channel Gantry does not know", "CARRIER_PIGEON"]]],
      ],
    },
    rescheduleAppointment: {
      role: "scheduler",
      document: `mutation ($input: RescheduleAppointmentInput!) { rescheduleAppointment(input: $input) { id } }`,
      base: { input: { appointmentId: f.appointmentId, startsAt: noonIn(14), reason: "Patient asked for a later day" } },
      fields: [
        ["input.startsAt", [...bad.instant, ["in the past", hoursFromNow(-30)]]],
        ["input.reason", bad.requiredText],
      ],
    },
    findSlots: {
      role: "scheduler",
      document: `query ($search: SlotSearch!) { findSlots(search: $search) { startsAt } }`,
      base: { search: { orderId: f.orderId, from: daysAgo(-1), to: daysAgo(-7) } },
      fields: [
        ["search.to", [["an end before the start", daysAgo(1)], ["more than 28 days", daysAgo(-60)], ...bad.calendarDate]],
        ["search.orderId", bad.recordId],
      ],
    },
    // Not a mutation, but reads must refuse bad values the same way.
    searchPatients: {
      document: `query ($filter: PatientSearch!, $after: String) { searchPatients(filter: $filter, after: $after) { totalCount } }`,
      base: { filter: { familyName: "Oka" }, after: null },
      fields: [
        ["filter.birthDate", bad.calendarDate],
        ["filter.familyName", bad.anyText],
        [
          "after",
          [
            ["an oversized cursor", "A".repeat(100_000)],
            ["an offset past any page", Buffer.from(`o:${"9".repeat(30)}`).toString("base64url")],
          ],
        ],
      ],
    },
  };
}

/** The whole corpus: every field of every mutation with every bad value it may receive. */
export function badInputCorpus(fixtures: Fixtures): BadInputCase[] {
  return Object.entries(mutations(fixtures)).flatMap(([name, spec]) =>
    spec.fields.flatMap(([path, values]) =>
      bad.badValues(path, values).map((entry) => ({
        label: `${name} ${entry.label}`,
        role: spec.role ?? "coordinator",
        document: spec.document,
        variables: withValue(spec.base, entry.path, entry.value),
        codes: entry.codes,
      })),
    ),
  );
}
