import { dateIn } from "@gantry/calendar/calendar";
import { markOverdueNoShows } from "@gantry/scheduling/no-show-sweep";
import { departmentTimeZone } from "@gantry/subgraph-kit/department-clock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import {
  addProcedure,
  bookSoon,
  must,
  openScanner,
  placeOrder,
  registerPatient,
  technologistOnShiftNow,
} from "../test/scheduling-department.ts";

// The exam's day through the gateway, as the front desk, the technologist and the radiologist
// work it: every transition, every refused one (nothing written), and the races that matter.
let stack: FederatedStack;
let deviceId: string;
let technologistId: string;
let procedureId: string;
beforeAll(async () => {
  stack = await startFederatedStack();
  deviceId = await openScanner(stack);
  technologistId = await technologistOnShiftNow(stack, "CT", 8);
  procedureId = await addProcedure(stack, { minutes: 5 });
});
afterAll(async () => {
  await stack?.stop();
});

const examFields = `id status stage arrivedAt lateArrival checkedInAt identityConfirmedWith examStatus examStartedAt examEndedAt
  discontinuedReason studyInstanceUid report { status preliminaryAt finalAt radiologist addendum distributedAt distributedVia distributedTo }
  intervals { orderToExamMinutes waitMinutes examMinutes turnaroundMinutes startedLateMinutes ranOverMinutes }
  history { action fromStatus toStatus by }`;

interface ExamAnswer {
  id: string;
  status: string;
  stage: string;
  studyInstanceUid: string;
  identityConfirmedWith: string[] | null;
  examStatus: string | null;
  report: { status: string; radiologist: string; distributedVia: string | null; addendum: boolean } | null;
  intervals: Record<string, number | null>;
  history: { action: string; by: string }[];
}

type Step = [mutation: string, variables: Record<string, unknown>, account: string];
const steps = {
  arrive: (id: string): Step => [`mutation ($id: ID!) { markArrived(appointmentId: $id) { ${examFields} } }`, { id }, "scheduler"],
  checkIn: (id: string, identifiers = ["NAME_AND_BIRTH_DATE", "WRISTBAND"], reviewed = true): Step => [
    `mutation ($input: CheckInInput!) { checkIn(input: $input) { ${examFields} } }`,
    { input: { appointmentId: id, identifiers, screeningReviewed: reviewed, consentReviewed: true } },
    "scheduler",
  ],
  start: (id: string, extra: Record<string, unknown> = {}): Step => [
    `mutation ($input: StartExamInput!) { startExam(input: $input) { ${examFields} } }`,
    { input: { appointmentId: id, technologistId, ...extra } },
    "technologist",
  ],
  complete: (id: string): Step => [
    `mutation ($input: CompleteExamInput!) { completeExam(input: $input) { ${examFields} } }`,
    { input: { appointmentId: id, notes: "Tolerated well" } },
    "technologist",
  ],
  discontinue: (id: string): Step => [
    `mutation ($input: DiscontinueExamInput!) { discontinueExam(input: $input) { ${examFields} } }`,
    { input: { appointmentId: id, reason: "Patient could not lie still" } },
    "technologist",
  ],
  report: (id: string, status: string, addendum = false): Step => [
    `mutation ($input: RecordReportInput!) { recordReport(input: $input) { ${examFields} } }`,
    { input: { appointmentId: id, status, addendum } },
    "radiologist",
  ],
  distribute: (id: string): Step => [
    `mutation ($input: RecordReportDistributionInput!) { recordReportDistribution(input: $input) { ${examFields} } }`,
    { input: { appointmentId: id, via: "HL7", to: "Dr. Lena Fischer" } },
    "radiologist",
  ],
  noShow: (id: string): Step => [`mutation ($id: ID!) { markNoShow(appointmentId: $id) { ${examFields} } }`, { id }, "scheduler"],
  left: (id: string): Step => [
    `mutation ($id: ID!) { markLeftWithoutBeingSeen(appointmentId: $id, note: "Could not wait") { ${examFields} } }`,
    { id },
    "scheduler",
  ],
  cancel: (id: string): Step => [
    `mutation ($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { ${examFields} } }`,
    { input: { appointmentId: id, reason: "PATIENT_UNWELL" } },
    "scheduler",
  ],
};

async function run(step: Step): Promise<ExamAnswer> {
  const data = await must<Record<string, ExamAnswer>>(stack, ...step);
  return Object.values(data)[0] as ExamAnswer;
}

async function refused(step: Step): Promise<string | undefined> {
  const answer = await stack.call(...step);
  expect(answer.data ?? null).toBeNull();
  return answer.errors?.[0]?.extensions?.code as string | undefined;
}

async function historyOf(id: string): Promise<string[]> {
  const { appointment } = await must<{ appointment: { history: { action: string }[] } }>(
    stack,
    `query ($id: ID!) { appointment(id: $id) { history { action } } }`,
    { id },
    "coordinator",
  );
  return appointment.history.map((line) => line.action);
}

const departmentDay = (instant: string) => dateIn(instant, departmentTimeZone());

let nextStart = 2;
/** Minutes ahead of now for the next booking: each a 5-minute exam, back to back on one scanner and technologist. */
const nextSlot = () => (nextStart += 6) - 6;

async function bookedToday(): Promise<string> {
  const orderId = await placeOrder(stack, await registerPatient(stack), procedureId);
  return bookSoon(stack, { orderId, deviceId, technologistId, minutesAhead: nextSlot() });
}

describe("the exam's day", () => {
  it("records a nuclear medicine exam's radiopharmaceutical and activity, corrects it, and refuses it where it does not belong", async () => {
    const [nmDevice, nmTechnologist, nmProcedure] = [
      await openScanner(stack, "NM"),
      await technologistOnShiftNow(stack, "NM"),
      await addProcedure(stack, { modality: "NM", minutes: 5 }),
    ];
    const orderId = await placeOrder(stack, await registerPatient(stack), nmProcedure);
    const id = await bookSoon(stack, { orderId, deviceId: nmDevice, technologistId: nmTechnologist, minutesAhead: nextSlot() });
    const activity = (appointmentId: string, input: Record<string, unknown>): Step => [
      `mutation ($input: RecordAdministeredActivityInput!) { recordAdministeredActivity(input: $input) {
         administeredActivity { radiopharmaceutical activityMBq administeredAt recordedBy } } }`,
      { input: { appointmentId, radiopharmaceutical: "Tc-99m MDP", activityMBq: 740, ...input } },
      "technologist",
    ];
    // Before the patient is checked in there is nothing to record it on.
    expect(await refused(activity(id, {}))).toBe("CONFLICT");
    await run(steps.checkIn(id));
    const given = await must<{ recordAdministeredActivity: { administeredActivity: Record<string, unknown> } }>(stack, ...activity(id, {}));
    expect(given.recordAdministeredActivity.administeredActivity).toMatchObject({ radiopharmaceutical: "Tc-99m MDP", activityMBq: 740 });
    // Impossible values are refused and change nothing.
    expect(await refused(activity(id, { activityMBq: -5 }))).toBe("BAD_USER_INPUT");
    expect(await refused(activity(id, { administeredAt: new Date(Date.now() + 3_600_000).toISOString() }))).toBe("BAD_USER_INPUT");
    expect(await refused(activity(id, { radiopharmaceutical: " " }))).toBe("BAD_USER_INPUT");
    // A correction replaces it, and both lines stay in the history.
    const corrected = await must<{ recordAdministeredActivity: { administeredActivity: Record<string, unknown> } }>(
      stack,
      ...activity(id, { activityMBq: 725.5 }),
    );
    expect(corrected.recordAdministeredActivity.administeredActivity).toMatchObject({ activityMBq: 725.5 });
    expect((await historyOf(id)).filter((action) => action === "activity-administered")).toHaveLength(2);
    // A CT exam takes no radiopharmaceutical.
    const ct = await bookedToday();
    await run(steps.checkIn(ct));
    expect(await refused(activity(ct, {}))).toBe("BAD_USER_INPUT");
    expect(await historyOf(ct)).not.toContain("activity-administered");
  });

  it("goes from booked to report distributed, each step stamped, with the intervals the department measures", async () => {
    const id = await bookedToday();
    expect((await run(steps.arrive(id))).stage).toBe("ARRIVED");
    const checkedIn = await run(steps.checkIn(id));
    expect(checkedIn).toMatchObject({
      status: "CHECKED_IN",
      stage: "CHECKED_IN",
      identityConfirmedWith: ["NAME_AND_BIRTH_DATE", "WRISTBAND"],
    });
    expect(checkedIn.studyInstanceUid).toMatch(/^2\.25\.\d+$/);
    expect((await run(steps.start(id))).stage).toBe("IN_PROGRESS");
    const completed = await run(steps.complete(id));
    expect(completed).toMatchObject({ status: "FULFILLED", stage: "COMPLETED", examStatus: "COMPLETED" });
    expect((await run(steps.report(id, "PRELIMINARY"))).stage).toBe("PRELIMINARY");
    const final = await run(steps.report(id, "FINAL"));
    expect(final.report).toMatchObject({ status: "FINAL", radiologist: "Dr. Riley Radiologist", addendum: false });
    const distributed = await run(steps.distribute(id));
    expect(distributed.stage).toBe("DISTRIBUTED");
    expect(distributed.report?.distributedVia).toBe("HL7");
    // Every interval has both its ends now; the exam began before its booked start, so it was not late.
    for (const key of ["orderToExamMinutes", "waitMinutes", "examMinutes", "turnaroundMinutes"])
      expect(distributed.intervals[key], key).not.toBeNull();
    expect(distributed.intervals["startedLateMinutes"]).toBe(0);
    expect(distributed.history.map((line) => line.action)).toEqual([
      "booked",
      "arrived",
      "checked-in",
      "exam-started",
      "exam-completed",
      "report-preliminary",
      "report-final",
      "report-distributed",
    ]);
    expect((await run(steps.report(id, "FINAL", true))).report?.addendum).toBe(true);
  });

  it("refuses the steps that make no sense with CONFLICT, and writes nothing", async () => {
    const id = await bookedToday();
    expect(await refused(steps.start(id))).toBe("CONFLICT"); // not checked in
    expect(await refused(steps.complete(id))).toBe("CONFLICT"); // never started
    expect(await refused(steps.report(id, "FINAL"))).toBe("CONFLICT"); // no exam
    expect(await refused(steps.noShow(id))).toBe("CONFLICT"); // before its start
    expect(await refused(steps.left(id))).toBe("CONFLICT"); // never arrived
    await run(steps.checkIn(id));
    expect(await refused(steps.checkIn(id))).toBe("CONFLICT"); // twice
    await run(steps.start(id));
    expect(await refused(steps.cancel(id))).toBe("CONFLICT"); // the exam is under way
    expect(await refused(steps.distribute(id))).toBe("CONFLICT"); // no final report
    // Checked in straight from booked: the arrival is stamped with the check-in, in one history line.
    expect(await historyOf(id)).toEqual(["booked", "checked-in", "exam-started"]);

    const cancelled = await bookedToday();
    await run(steps.cancel(cancelled));
    expect(await refused(steps.checkIn(cancelled))).toBe("CONFLICT");
    expect(await historyOf(cancelled)).toEqual(["booked", "cancelled"]);
  });

  it("asks for two different identifiers and the screening reviewed before check-in", async () => {
    const id = await bookedToday();
    expect(await refused(steps.checkIn(id, ["MRN"]))).toBe("BAD_USER_INPUT");
    expect(await refused(steps.checkIn(id, ["MRN", "MRN"]))).toBe("BAD_USER_INPUT");
    expect(await refused(steps.checkIn(id, ["MRN", "WRISTBAND"], false))).toBe("BAD_USER_INPUT");
    expect(await historyOf(id)).toEqual(["booked"]);
  });

  it("discontinues with a reason, lets the desk cancel an arrived patient, and closes one who left unseen", async () => {
    const stopped = await bookedToday();
    await run(steps.checkIn(stopped));
    await run(steps.start(stopped));
    expect(await run(steps.discontinue(stopped))).toMatchObject({
      stage: "DISCONTINUED",
      discontinuedReason: "Patient could not lie still",
    });
    expect(await refused(steps.report(stopped, "FINAL"))).toBe("CONFLICT");

    const unwell = await bookedToday();
    await run(steps.arrive(unwell));
    expect((await run(steps.cancel(unwell))).stage).toBe("CANCELLED");

    const left = await bookedToday();
    await run(steps.checkIn(left));
    expect((await run(steps.left(left))).stage).toBe("LEFT_WITHOUT_BEING_SEEN");
    expect(await refused(steps.start(left))).toBe("CONFLICT");
  });

  it("lets exactly one of ten technologists starting the same exam at once start it", async () => {
    const id = await bookedToday();
    await run(steps.checkIn(id));
    const answers = await Promise.all(Array.from({ length: 10 }, () => stack.call(...steps.start(id))));
    expect(answers.filter((answer) => !answer.errors).length).toBe(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.code === "CONFLICT").length).toBe(9);
    expect((await historyOf(id)).filter((action) => action === "exam-started").length).toBe(1);
  });

  it("checks the booking rules again at exam start: a screening recorded since booking blocks it", async () => {
    const contrastProcedure = await addProcedure(stack, {
      minutes: 5,
      contrast: "IV",
      contrastAgent: "iohexol",
      screenings: ["RENAL_FUNCTION"],
    });
    const patientId = await registerPatient(stack, "Renal");
    const screen = (egfr: number) =>
      must(
        stack,
        `mutation ($input: RecordScreeningInput!) { recordScreening(input: $input) { id } }`,
        { input: { patientId, contrastAllergy: false, egfr, egfrMeasuredOn: new Date().toISOString().slice(0, 10) } },
        "technologist",
      );
    await screen(88);
    const orderId = await placeOrder(stack, patientId, contrastProcedure);
    const id = await bookSoon(stack, { orderId, deviceId, technologistId, minutesAhead: nextSlot() });
    await run(steps.checkIn(id));
    await screen(24);
    const blocked = await stack.call(...steps.start(id));
    expect(blocked.errors?.[0]?.extensions?.code).toBe("BLOCKED");
    expect(JSON.stringify(blocked.errors?.[0]?.extensions)).toContain("RENAL_FUNCTION_LOW");
    expect(await historyOf(id)).toEqual(["booked", "checked-in"]);
    // A coordinator may override at booking but does not perform exams; the technologist records who cleared it.
    const started = await run(
      steps.start(id, { overrides: [{ code: "RENAL_FUNCTION_LOW", reason: "Dr. Radiologist cleared eGFR 24 with hydration" }] }),
    );
    expect(started.stage).toBe("IN_PROGRESS");
  });

  it("marks as no-shows exactly the bookings still waiting past their grace time, once, however many sweeps run at once", async () => {
    const waiting = [await bookedToday(), await bookedToday()];
    const arrived = await bookedToday();
    await run(steps.arrive(arrived));
    const later = await bookedToday();
    const ends = async (id: string) =>
      Date.parse(
        (
          await must<{ appointment: { endsAt: string } }>(
            stack,
            `query ($id: ID!) { appointment(id: $id) { endsAt } }`,
            { id },
            "coordinator",
          )
        ).appointment.endsAt,
      );
    // The sweep as it would run an hour after the second waiting booking ended (before the later one ends).
    const now = new Date((await ends(waiting[1] as string)) + 60 * 60_000);
    expect(await ends(later)).toBeGreaterThan(now.getTime() - 60 * 60_000);
    const scheduling = stack.subgraphs["scheduling"];
    if (!scheduling) throw new Error("no scheduling subgraph");
    const marked = await Promise.all(
      Array.from({ length: 5 }, () => markOverdueNoShows(scheduling.orm.em.fork(), { graceMinutes: 60, now })),
    );
    const stage = async (id: string) =>
      (await must<{ appointment: { stage: string } }>(stack, `query ($id: ID!) { appointment(id: $id) { stage } }`, { id }, "coordinator"))
        .appointment.stage;
    expect(await Promise.all([...waiting, arrived, later].map(stage))).toEqual(["NO_SHOW", "NO_SHOW", "ARRIVED", "BOOKED"]);
    for (const id of waiting) expect((await historyOf(id)).filter((action) => action === "no-show")).toEqual(["no-show"]);
    const [lines] = await scheduling.orm.em
      .fork()
      .getConnection()
      .execute<{ count: string }[]>(`select count(*)::text as count from appointment_history where action = 'no-show'`);
    expect(marked.reduce((sum, count) => sum + count, 0)).toBe(Number(lines?.count));
    expect(await markOverdueNoShows(scheduling.orm.em.fork(), { graceMinutes: 60, now })).toBe(0);
  });

  it("lists the day's worklist in time order with each patient's name and alerts, at the same statements for 2 or 12 exams", async () => {
    const device = await openScanner(stack);
    const book = async () => {
      const orderId = await placeOrder(stack, await registerPatient(stack, "Worklist"), procedureId);
      return bookSoon(stack, { orderId, deviceId: device, minutesAhead: nextSlot() });
    };
    const worklist = `query ($day: Date!, $device: ID!) { worklist(day: $day, deviceId: $device) {
      id startsAt stage studyInstanceUid order { accessionNumber priority procedure { name } }
      patient { name { family } interpreterNeeded currentSafetyScreening { alerts } priorStudyRequests { status } } } }`;
    const day = new Date(Date.now() + 3 * 60_000).toISOString();
    const measure = async () => {
      for (const subgraph of Object.values(stack.subgraphs)) subgraph.statements.length = 0;
      const answer = await must<{ worklist: { id: string; startsAt: string; patient: { name: { family: string } } }[] }>(
        stack,
        worklist,
        { day: departmentDay(day), device },
        "technologist",
      );
      const counts = Object.fromEntries(Object.entries(stack.subgraphs).map(([area, subgraph]) => [area, subgraph.statements.length]));
      return { answer: answer.worklist, counts };
    };
    const first = [await book(), await book()];
    const few = await measure();
    expect(few.answer.map((entry) => entry.id)).toEqual(first);
    expect(few.answer.every((entry) => entry.patient.name.family === "Worklist")).toBe(true);
    for (let index = 0; index < 10; index++) await book();
    const many = await measure();
    expect(many.answer.length).toBe(12);
    expect([...many.answer].sort((a, b) => a.startsAt.localeCompare(b.startsAt))).toEqual(many.answer);
    expect(many.counts).toEqual(few.counts);
  });

  it("moves the tracking board's version with every change to the day, and only then", async () => {
    const version = async () =>
      (
        await must<{ trackingBoardVersion: string }>(
          stack,
          `query ($day: Date!) { trackingBoardVersion(day: $day) }`,
          { day: departmentDay(new Date().toISOString()) },
          "coordinator",
        )
      ).trackingBoardVersion;
    const before = await version();
    expect(await version()).toBe(before);
    const id = await bookedToday();
    const booked = await version();
    expect(booked).not.toBe(before);
    await run(steps.arrive(id));
    const arrived = await version();
    expect(arrived).not.toBe(booked);
    expect(await refused(steps.start(id))).toBe("CONFLICT");
    expect(await version()).toBe(arrived);
  });

  it("keeps critical results closed-loop: due by the urgency's limit, escalated when overdue, closed only with a read-back", async () => {
    const id = await bookedToday();
    const record = (account: string) =>
      stack.call<{ recordCriticalFinding: { id: string; overdue: boolean; communicateBy: string } }>(
        `mutation ($input: RecordCriticalFindingInput!) { recordCriticalFinding(input: $input) { id overdue communicateBy } }`,
        { input: { appointmentId: id, category: "Tension pneumothorax", urgency: "IMMEDIATE" } },
        account,
      );
    expect((await record("radiologist")).errors?.[0]?.extensions?.code).toBe("CONFLICT"); // no exam yet
    await run(steps.checkIn(id));
    await run(steps.start(id));
    await run(steps.complete(id));
    expect((await record("technologist")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const recorded = await record("radiologist");
    expect(recorded.errors).toBeUndefined();
    const finding = recorded.data?.recordCriticalFinding;
    expect(finding?.overdue).toBe(false);
    expect(Date.parse(finding?.communicateBy ?? "") - Date.now()).toBeGreaterThan(55 * 60_000); // the 60-minute default

    const open = async (asOf?: string) =>
      (
        await must<{ openCriticalFindings: { id: string }[] }>(
          stack,
          `query ($asOf: DateTime, $overdue: Boolean) { openCriticalFindings(overdueOnly: $overdue, asOf: $asOf) { id } }`,
          { asOf: asOf ?? null, overdue: Boolean(asOf) },
          "coordinator",
        )
      ).openCriticalFindings.map((entry) => entry.id);
    expect(await open()).toContain(finding?.id);
    expect(await open(new Date().toISOString())).not.toContain(finding?.id); // not overdue yet
    expect(await open(new Date(Date.now() + 2 * 3_600_000).toISOString())).toContain(finding?.id); // escalated two hours on

    const communicate = (readBackConfirmed: boolean) =>
      stack.call(
        `mutation ($input: RecordFindingCommunicationInput!) { recordFindingCommunication(input: $input) { id communication { to via readBackConfirmed } } }`,
        { input: { findingId: finding?.id, to: "Dr. Lena Fischer", via: "PHONE", readBackConfirmed } },
        "coordinator",
      );
    expect((await communicate(false)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await open()).toContain(finding?.id);
    expect((await communicate(true)).errors).toBeUndefined();
    expect((await communicate(true)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await open()).not.toContain(finding?.id);
    expect(await historyOf(id)).toContain("critical-finding");

    const { auditTrail } = await must<{ auditTrail: { scheduling: { nodes: { action: string; fields: string[] }[] } } }>(
      stack,
      `query ($filter: AccessLogFilter) { auditTrail(filter: $filter) { scheduling(first: 50) { nodes { action fields } } } }`,
      {
        filter: {
          patientId: (
            await must<{ appointment: { patient: { id: string } } }>(
              stack,
              `query ($id: ID!) { appointment(id: $id) { patient { id } } }`,
              { id },
              "coordinator",
            )
          ).appointment.patient.id,
        },
      },
      "quality",
    );
    const written = auditTrail.scheduling.nodes.filter((entry) => entry.action === "UPDATE").flatMap((entry) => entry.fields);
    expect(written).toEqual(expect.arrayContaining(["critical-finding", "critical-finding-communicated", "checked-in", "exam-started"]));

    const limit = `mutation ($minutes: Int!) { setCriticalResultLimit(urgency: IMMEDIATE, minutes: $minutes) { minutes } }`;
    expect((await stack.call(limit, { minutes: 0 }, "coordinator")).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await stack.call(limit, { minutes: 30 }, "radiologist")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await must<{ setCriticalResultLimit: { minutes: number } }>(stack, limit, { minutes: 30 }, "coordinator")).setCriticalResultLimit
        .minutes,
    ).toBe(30);
  });

  it("takes contrast given from the lot's stock in the equipment area once, however often the request is retried", async () => {
    const { addInventoryItem } = await must<{ addInventoryItem: { id: string } }>(
      stack,
      `mutation ($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`,
      { input: { name: "Iohexol 350, 100 mL", category: "CONTRAST", unit: "bottle", location: "CT store", reorderLevel: 2 } },
      "coordinator",
    );
    const { receiveStock } = await must<{ receiveStock: { lot: { id: string } } }>(
      stack,
      `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { lot { id } } }`,
      { input: { itemId: addInventoryItem.id, lotNumber: "IOX-CT-7", expiresOn: "2030-01-01", quantity: 5 } },
      "coordinator",
    );
    const lotId = receiveStock.lot.id;
    const onHand = async () =>
      (
        await must<{ stockOnHand: { quantity: number }[] }>(
          stack,
          `query ($id: ID) { stockOnHand(itemId: $id) { quantity } }`,
          { id: addInventoryItem.id },
          "coordinator",
        )
      ).stockOnHand.reduce((sum, level) => sum + level.quantity, 0);
    const id = await bookedToday();
    await run(steps.checkIn(id));
    await run(steps.start(id));
    const give = (quantity: number) =>
      stack.call<{ recordContrastGiven: { contrastGiven: { quantity: number; stockMovementId: string } } }>(
        `mutation ($input: RecordContrastGivenInput!) { recordContrastGiven(input: $input) { contrastGiven { quantity stockMovementId } } }`,
        { input: { appointmentId: id, lotId, quantity, agent: "iohexol 350" } },
        "technologist",
      );
    // Too much for the lot: refused in the equipment area's words, nothing recorded on the exam.
    const tooMuch = await give(9);
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", area: "equipment" });
    expect(await onHand()).toBe(5);
    // The same request five times at once (a flaky network, an impatient click): one bottle leaves stock.
    const answers = await Promise.all(Array.from({ length: 5 }, () => give(1)));
    expect(answers.map((answer) => answer.errors)).toEqual(Array.from({ length: 5 }, () => undefined));
    expect(new Set(answers.map((answer) => answer.data?.recordContrastGiven.contrastGiven.stockMovementId)).size).toBe(1);
    expect(await onHand()).toBe(4);
    expect((await give(1)).errors).toBeUndefined();
    expect(await onHand()).toBe(4);
    expect((await give(2)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await historyOf(id)).filter((action) => action === "contrast-given").length).toBeGreaterThanOrEqual(1);
  });
});
