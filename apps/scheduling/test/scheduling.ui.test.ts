import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { launchChromium, recordScripts } from "@gantry/ui-testing/browser";
import { chooseOption, field, textOf } from "@gantry/ui-testing/form";
import { expectReactLoadedOnce } from "@gantry/ui-testing/react-once";
import { openArea, signInThroughShell } from "@gantry/ui-testing/sign-in";
import { startWorkspace, type RunningWorkspace } from "@gantry/ui-testing/workspace";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityFindings } from "@gantry/ui-testing/accessibility";
import {
  today,
  addScreenedCtProcedure,
  appointmentsOf,
  bookingDay,
  bookMinutesAhead,
  must,
  openScanner,
  placeOrder,
  registerPatient,
  screenPatient,
  technologistOnShift,
} from "./department.ts";

/**
 * The Scheduling area through the shell: the built shell and this remote in Chromium, over every
 * subgraph and the gateway on real PostgreSQL. The databases start empty, so the department a
 * booking needs (a scanner with weekly hours, a credentialed technologist on shift, patients, a CT
 * procedure that needs a pregnancy screening) is set up through the API by the roles that own it.
 */

const outputDir = fileURLToPath(new URL("../test-output/", import.meta.url));
const procedureCode = "CT-ABD-PEL";
const day = bookingDay();
const firstSlot = `${day}T07:00:00.000Z`;

let workspace: RunningWorkspace;
let browser: Browser;
let screened: { id: string; mrn: string };
let unscreened: { id: string; mrn: string };
let procedureId: string;
let enteredOrder = { id: "", accession: "" };
let bookedAppointmentId = "";

async function openPage(username: string, path: string): Promise<Page> {
  // Pinned to the department's zone (UTC in the test stack), so the screens' times are the API's.
  const context = await browser.newContext({ timezoneId: "UTC", viewport: { width: 1440, height: 1100 } });
  const page = await context.newPage();
  await signInThroughShell(page, workspace.url, username);
  if (path) await page.goto(`${workspace.url}${path}`);
  return page;
}

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${outputDir}${name}.png`, fullPage: true });
}

/**
 * axe-core finds no serious or critical violation in the area. The calendar grid's row markup is
 * react-big-calendar's (role=row cells outside a grid: aria-required-children/parent); it is left
 * out of the scan until upstream fixes it, and the slot list beside it offers every slot accessibly.
 */
async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityFindings(page, ".scheduling-area", { exclude: [".rbc-time-header-content", ".rbc-month-view"] })).toEqual([]);
}

/** axe-core on the shell's own page (the home page), where no area is mounted. */
async function expectAccessibleShell(page: Page): Promise<void> {
  expect(await accessibilityFindings(page, "main")).toEqual([]);
}

/** chooseOption inside a dialog, when the page behind it has a field of the same label. */
async function chooseIn(page: Page, scope: Locator, label: string, option: string | RegExp): Promise<void> {
  await scope
    .getByLabel(new RegExp(`^${label}( \\*)?$`))
    .and(scope.locator("input"))
    .click();
  await page.getByRole("option", { name: option }).click();
}

async function chooseFirstSlot(page: Page): Promise<string> {
  const row = page.getByTestId("slot-row").first();
  await row.waitFor();
  const startsAt = (await row.getAttribute("data-starts-at")) ?? "";
  await row.getByRole("button", { name: /^Choose/ }).click();
  await page.getByTestId("slot-actions").waitFor();
  return startsAt;
}

beforeAll(async () => {
  await mkdir(outputDir, { recursive: true });
  workspace = await startWorkspace();
  browser = await launchChromium();
  await openScanner(workspace, "CT Scanner 2");
  await technologistOnShift(workspace, day, "Okafor");
  procedureId = await addScreenedCtProcedure(workspace, procedureCode);
  screened = await registerPatient(workspace, "Lindqvist", "Maja");
  await screenPatient(workspace, screened.id);
  unscreened = await registerPatient(workspace, "Ferreira", "Ines");
});

afterAll(async () => {
  await browser?.close();
  await workspace?.stop();
});

describe("Scheduling area", () => {
  it("lets a scheduler enter an order, find a slot on the device calendar, hold and book it", async () => {
    const page = await openPage("scheduler", "");
    const scripts = recordScripts(page);
    await openArea(page, "Scheduling");
    await page.getByRole("heading", { name: "Order queue" }).waitFor();
    await page.getByTestId("scheduling-nav-new-order").click();
    await page.getByRole("heading", { name: "New order" }).waitFor();

    await chooseOption(page, "Patient", "Lindqvist", /Lindqvist, Maja/);
    await chooseOption(page, "Procedure", procedureCode, new RegExp(procedureCode));
    expect(await textOf(page.getByTestId("order-procedure-needs"))).toContain("Pregnancy");
    // No side asked: the procedure does not need one.
    expect(await page.getByLabel(/^Side/).count()).toBe(0);
    await field(page, "Referring provider").fill("Dr. Lena Fischer");
    await field(page, "ICD-10 code").fill("R10.9");
    await field(page, "Reason").fill("Abdominal pain");

    // The browser checks the shape; the check digit is the API's, and its words reach the field.
    await field(page, "NPI").fill("12345");
    await page.getByTestId("order-submit").click();
    await page.getByText("An NPI is 10 digits").waitFor();
    await field(page, "NPI").fill("1234567890");
    await page.getByTestId("order-submit").click();
    await page.getByText(/NPI must be a 10-digit NPI whose last digit is its check digit/).waitFor();
    const before = await must<{ patient: { imagingOrders: unknown[] } }>(
      workspace,
      `query ($id: ID!) { patient(id: $id) { imagingOrders { id } } }`,
      { id: screened.id },
      "scheduler",
    );
    expect(before.patient.imagingOrders).toEqual([]);

    await field(page, "NPI").fill("1234567893");
    await page.getByTestId("order-submit").click();
    const heading = page.getByRole("heading", { name: /^Order / });
    await heading.waitFor();
    enteredOrder = { id: new URL(page.url()).pathname.split("/")[3] ?? "", accession: (await textOf(heading)).replace(/^Order /, "") };
    expect(await textOf(page.getByTestId("order-patient"))).toContain("Lindqvist, Maja");
    expect(await textOf(page.getByTestId("order-details"))).toContain("R10.9: Abdominal pain");
    await page.getByTestId("next-available").waitFor();
    await screenshot(page, "1-order");

    await page.getByTestId("order-find-slot").click();
    await page.getByRole("heading", { name: "Book CT abdomen and pelvis" }).waitFor();
    const firstRow = page.getByTestId("slot-row").first();
    await firstRow.waitFor();
    // Soonest first: the technologist's shift starts the booking day at 07:00.
    expect(await firstRow.getAttribute("data-starts-at")).toBe(firstSlot);
    expect(await textOf(firstRow)).toContain("CT Scanner 2");
    expect(await textOf(firstRow)).toContain("Ada Okafor");

    // The device calendar (react-big-calendar) opens on that day: found slots, closed time shaded.
    const calendar = page.getByTestId("device-calendar");
    await calendar.locator(".rbc-time-view").waitFor();
    expect(await calendar.locator(".rbc-header").allInnerTexts()).toContain("CT Scanner 2");
    expect(await calendar.locator(".scheduling-event-slot").count()).toBeGreaterThan(0);
    expect(await calendar.locator(".scheduling-closed").count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, "2-booking");
    // The week view: the device's column over seven days, the slots still there.
    await calendar.getByRole("button", { name: "Week", exact: true }).click();
    expect(await calendar.locator(".rbc-time-header-content .rbc-header").count()).toBeGreaterThanOrEqual(7);
    expect(await calendar.locator(".scheduling-event-slot").count()).toBeGreaterThan(0);
    await screenshot(page, "2b-booking-week");
    await calendar.getByRole("button", { name: "Day", exact: true }).click();

    await chooseFirstSlot(page);
    expect(await field(page, "Technologist").inputValue()).toBe("Ada Okafor");
    await page.getByTestId("slot-hold").click();
    const countdown = page.getByTestId("hold-countdown");
    await countdown.waitFor();
    expect(await textOf(countdown)).toMatch(/Held: [45]:\d\d left/);
    // The hold shows on the calendar as taken time.
    await calendar.locator(".scheduling-event-hold").first().waitFor();
    await expectAccessible(page);
    await screenshot(page, "3-held");

    await page.getByTestId("slot-book").click();
    await page.getByRole("heading", { name: "Appointment: CT abdomen and pelvis" }).waitFor();
    expect(await page.getByTestId("appointment-status").first().getAttribute("data-status")).toBe("BOOKED");
    expect(await textOf(page.getByTestId("appointment-device"))).toBe("CT Scanner 2");
    const history = page.getByTestId("appointment-history-row");
    expect(await history.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-action")))).toEqual(["held", "booked"]);
    expect(await textOf(history.last())).toContain("Sam Scheduler");
    expect(await textOf(history.last())).toContain("Booked from a hold");
    await expectAccessible(page);
    await screenshot(page, "4-appointment");

    const appointments = await appointmentsOf(workspace, enteredOrder.id);
    expect(appointments).toEqual([expect.objectContaining({ status: "BOOKED", startsAt: firstSlot })]);
    bookedAppointmentId = appointments[0]?.id ?? "";
    expect(new URL(page.url()).pathname).toBe(`/scheduling/appointments/${bookedAppointmentId}`);
    await expectReactLoadedOnce(scripts, "scheduling");
    await closePage(page);
  });

  it("shows the queue most urgent first with patient names, and filters it", async () => {
    const stat = await placeOrder(workspace, unscreened.id, procedureId);
    await must(
      workspace,
      `mutation ($input: TriageOrderInput!) { triageOrder(input: $input) { id } }`,
      { input: { orderId: stat.id, priority: "STAT" } },
      "coordinator",
    );
    const page = await openPage("scheduler", "/scheduling");
    const rows = page.getByTestId("queue-row");
    await rows.first().waitFor();
    // STAT first, in red; then the routine order entered in the browser, now booked but untriaged.
    expect(await rows.first().getAttribute("data-accession")).toBe(stat.accessionNumber);
    expect(await rows.first().getByTestId("priority").getAttribute("data-priority")).toBe("STAT");
    const entered = rows.filter({ hasText: enteredOrder.accession });
    expect(await textOf(entered)).toContain("Lindqvist, Maja");
    expect(await textOf(entered)).toMatch(/\d+ min/);
    await expectAccessible(page);
    await screenshot(page, "5-queue");

    await page.getByLabel("Unscheduled only").check();
    await entered.waitFor({ state: "detached" });
    expect(await rows.count()).toBe(1);

    // Were the patients area to refuse the names (FORBIDDEN on the patient's fields, which takes the
    // whole answer with it), the queue still lists the orders and says "hidden".
    await page.route("**/graphql", async (route) => {
      if (!route.request().postData()?.includes("query OrderQueue(")) return route.continue();
      const refusal = {
        message: "Reading patient details needs phi:read.",
        path: ["orderQueue", "nodes", 0, "patient", "name"],
        extensions: { code: "FORBIDDEN" },
      };
      await route.fulfill({ json: { data: null, errors: [refusal] } });
    });
    await page.reload();
    await page.getByTestId("queue-names-hidden").waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.first().getByTestId("patient-hidden").count()).toBe(1);
    expect(await page.getByTestId("patient-label").count()).toBe(0);
    await screenshot(page, "5b-queue-names-hidden");
    await closePage(page);
  });

  it("shows why a booking is blocked when the patient lacks the screening, and lets a coordinator override it", async () => {
    const order = await placeOrder(workspace, unscreened.id, procedureId);
    const page = await openPage("scheduler", `/scheduling/orders/${order.id}/book`);
    await chooseFirstSlot(page);
    await page.getByTestId("slot-book").click();
    const blocker = page.getByTestId("booking-blocker").filter({ hasText: "Patients: needs a current safety screening" });
    await blocker.waitFor();
    expect(await blocker.getAttribute("data-code")).toBe("SCREENING_MISSING");
    expect(await blocker.getByRole("link", { name: /safety screening/ }).getAttribute("href")).toBe(
      `/patients/${unscreened.id}/safety-screening`,
    );
    // The front desk may not book past it, and is told who may.
    expect(await page.getByRole("checkbox", { name: /^Override/ }).count()).toBe(0);
    expect(await textOf(page.getByTestId("booking-blockers"))).toContain("coordinator");
    await expectAccessible(page);
    await screenshot(page, "6-blocked");
    expect(await appointmentsOf(workspace, order.id)).toEqual([]);
    await closePage(page);

    const coordinator = await openPage("coordinator", `/scheduling/orders/${order.id}/book`);
    await chooseFirstSlot(coordinator);
    await coordinator.getByTestId("slot-book").click();
    await coordinator.getByRole("checkbox", { name: "Override: needs a current safety screening" }).check();
    await coordinator.getByLabel(/^Why book past it/).fill("Screened by phone; the form follows on arrival");
    await coordinator.getByTestId("booking-override").click();
    await coordinator.getByRole("heading", { name: "Appointment: CT abdomen and pelvis" }).waitFor();
    const booked = coordinator.getByTestId("appointment-history-row").last();
    expect(await textOf(booked)).toContain("Rules overridden: SCREENING_MISSING (Screened by phone; the form follows on arrival)");
    expect(await appointmentsOf(workspace, order.id)).toEqual([expect.objectContaining({ status: "BOOKED" })]);
    await closePage(coordinator);
  });

  it("books once the technologist records the screening the blocker asked for, in the patients remote", async () => {
    const patient = await registerPatient(workspace, "Lindgren", "Maja");
    const order = await placeOrder(workspace, patient.id, procedureId);
    const page = await openPage("scheduler", `/scheduling/orders/${order.id}/book`);
    await chooseFirstSlot(page);
    await page.getByTestId("slot-book").click();
    const blocker = page.getByTestId("booking-blocker").filter({ hasText: "Patients: needs a current safety screening" });
    await blocker.waitFor();
    const fixItAt = (await blocker.getByRole("link", { name: /safety screening/ }).getAttribute("href")) ?? "";

    // The blocker's link opens the patients remote where the screening is recorded; technologists
    // record screenings there (the patients area's catalogue), so one does, as at the scanner desk.
    const technologist = await openPage("technologist", fixItAt);
    await technologist.getByTestId("screening-missing").waitFor();
    await technologist.getByRole("button", { name: "Record new screening" }).click();
    await chooseOption(technologist, "Pregnancy status", "", "Not pregnant");
    await technologist.getByRole("dialog").getByRole("button", { name: "Record screening" }).click();
    await technologist.getByTestId("screening-current").waitFor();
    await screenshot(technologist, "6b-screening-recorded");
    await closePage(technologist);

    // Back at the front desk, the booking page asked again books without a blocker.
    await page.reload();
    await chooseFirstSlot(page);
    await page.getByTestId("slot-book").click();
    await page.getByRole("heading", { name: "Appointment: CT abdomen and pelvis" }).waitFor();
    expect(await appointmentsOf(workspace, order.id)).toEqual([expect.objectContaining({ status: "BOOKED" })]);
    await closePage(page);
  });

  it("tells a second scheduler that the slot was taken meanwhile, and refreshes the slots", async () => {
    const other = await registerPatient(workspace, "Haddad", "Noor");
    await screenPatient(workspace, other.id);
    const order = await placeOrder(workspace, other.id, procedureId);
    const first = await openPage("scheduler", `/scheduling/orders/${order.id}/book`);
    const second = await openPage("scheduler", `/scheduling/orders/${order.id}/book`);
    const taken = await chooseFirstSlot(first);
    expect(await chooseFirstSlot(second)).toBe(taken);

    await first.getByTestId("slot-book").click();
    await first.getByRole("heading", { name: "Appointment: CT abdomen and pelvis" }).waitFor();
    await second.getByTestId("slot-book").click();
    await second.getByTestId("slot-taken").waitFor();
    await expect.poll(async () => second.getByTestId("slot-row").first().getAttribute("data-starts-at")).not.toBe(taken);
    await screenshot(second, "7-taken");
    expect(await appointmentsOf(workspace, order.id)).toEqual([expect.objectContaining({ status: "BOOKED", startsAt: taken })]);
    await closePage(first);
    await closePage(second);
  });

  it("lets a coordinator triage an order: priority and protocol, prior authorization, hold and release, then revoke", async () => {
    const patient = await registerPatient(workspace, "Okonjo", "Chidi");
    const order = await placeOrder(workspace, patient.id, procedureId);
    const page = await openPage("coordinator", `/scheduling/orders/${order.id}`);
    await page.getByTestId("triage-actions").waitFor();

    await page.getByTestId("triage-open").click();
    let dialog = page.getByRole("dialog");
    await chooseOption(page, "Priority", "", "Urgent");
    await dialog.getByLabel("Protocol").fill("Low-dose, oral contrast only");
    await dialog.getByRole("button", { name: "Record triage" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("Triaged by Casey Coordinator").waitFor();
    expect(await page.getByTestId("priority").getAttribute("data-priority")).toBe("URGENT");
    expect(await textOf(page.getByTestId("order-details"))).toContain("Low-dose, oral contrast only");

    await page.getByTestId("order-prior-auth").click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Reason").fill("The payer asks for it on this plan");
    await dialog.getByRole("button", { name: "Save override" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("Needed (overridden: The payer asks for it on this plan)").waitFor();

    await page.getByTestId("order-hold").click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Reason").fill("Waiting for the creatinine result");
    await dialog.getByRole("button", { name: "Put on hold" }).click();
    expect(await textOf(page.getByTestId("order-hold-reason"))).toContain("Waiting for the creatinine result");
    expect(await page.getByTestId("order-status").getAttribute("data-status")).toBe("ON_HOLD");
    expect(await page.getByTestId("order-find-slot").count()).toBe(0);
    await page.getByTestId("order-release").click();
    await page.locator('[data-testid="order-status"][data-status="ACTIVE"]').waitFor();

    // Revoking is for good: it asks once more before it is sent.
    await page.getByTestId("order-revoke").click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Reason").fill("Duplicate of an order entered by the ward");
    await dialog.getByRole("button", { name: "Revoke order" }).click();
    expect(await textOf(dialog.getByTestId("reason-modal-confirm"))).toContain("This cannot be undone");
    const status = await must<{ imagingOrder: { status: string } }>(
      workspace,
      `query ($id: ID!) { imagingOrder(id: $id) { status } }`,
      { id: order.id },
      "scheduler",
    );
    expect(status.imagingOrder.status).toBe("ACTIVE");
    await dialog.getByRole("button", { name: "Yes, revoke order" }).click();
    await page.locator('[data-testid="order-status"][data-status="REVOKED"]').waitFor();
    expect(await page.getByTestId("triage-actions").count()).toBe(0);
    await closePage(page);
  });

  it("lets a scheduler reschedule the booked appointment with a reason, then cancel it with a coded reason", async () => {
    const page = await openPage("scheduler", `/scheduling/appointments/${bookedAppointmentId}`);
    // Incidents belong to the Quality area; until it takes reports the page says where to report instead of linking nowhere.
    await page.getByTestId("report-incident-unavailable").waitFor();
    await page.getByTestId("appointment-reschedule").click();
    const dialog = page.getByRole("dialog");
    const row = dialog.getByTestId("slot-row").first();
    await row.waitFor();
    const newStart = (await row.getAttribute("data-starts-at")) ?? "";
    expect(newStart).not.toBe(firstSlot);
    await row.getByRole("button", { name: /^Choose/ }).click();
    await dialog.getByTestId("reschedule-submit").click();
    await dialog.getByText("Say why it is moved, in a few words").waitFor();
    await dialog.getByLabel(/^Why is it moved/).fill("The patient asked for later that morning");
    await dialog.getByTestId("reschedule-submit").click();
    await dialog.waitFor({ state: "detached" });
    const moved = page.getByTestId("appointment-history-row").last();
    await page.locator('[data-testid="appointment-history-row"][data-action="rescheduled"]').waitFor();
    expect(await textOf(moved)).toContain("The patient asked for later that morning");
    expect(await textOf(moved)).toMatch(/Start: .+ → .+/);

    await page.getByTestId("appointment-cancel").click();
    const cancel = page.getByRole("dialog");
    // A week ahead: not a late cancellation.
    expect(await cancel.getByTestId("late-cancellation").count()).toBe(0);
    await chooseOption(page, "Reason", "", "Other");
    await cancel.getByTestId("cancel-submit").click();
    await cancel.getByText("Say why, for Other").waitFor();
    await cancel.getByLabel(/^Note/).fill("Moving to another hospital");
    await cancel.getByTestId("cancel-submit").click();
    await cancel.getByTestId("cancel-confirm").waitFor();
    expect((await appointmentsOf(workspace, enteredOrder.id))[0]?.status).toBe("BOOKED");
    await cancel.getByRole("button", { name: "Yes, cancel it" }).click();
    await page.getByTestId("appointment-cancellation").waitFor();
    expect(await textOf(page.getByTestId("appointment-cancellation"))).toContain("Other: Moving to another hospital");
    expect(await page.getByTestId("appointment-reschedule").count()).toBe(0);
    expect((await appointmentsOf(workspace, enteredOrder.id))[0]?.status).toBe("CANCELLED");
    await closePage(page);
  });

  it("lets a coordinator add a procedure to the catalogue and keep a device's exceptions and reserved time", async () => {
    const page = await openPage("coordinator", "/scheduling/catalogue");
    await page.getByTestId("catalogue-add").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(/^Code/).fill("MR-KNEE-WO");
    await dialog.getByLabel(/^Name/).fill("MR knee without contrast");
    await chooseIn(page, dialog, "Modality", /^MR$/);
    await dialog.getByLabel(/^Body part/).fill("Knee");
    await dialog.getByLabel("Side required (left, right, both)").check();
    await dialog.getByRole("button", { name: "Add procedure" }).click();
    await dialog.getByText("MR procedures need the MRI safety screening").waitFor();
    await chooseOption(page, "Screenings needed", "", "MRI safety");
    await dialog.getByRole("button", { name: "Add procedure" }).click();
    await page.getByRole("heading", { name: "MR knee without contrast" }).waitFor();
    expect(await page.getByTestId("procedure-retire").count()).toBe(1);

    const devices = await must<{ devices: { nodes: { id: string }[] } }>(
      workspace,
      `{ devices(modality: CT) { nodes { id } } }`,
      {},
      "coordinator",
    );
    const deviceId = devices.devices.nodes[0]?.id ?? "";
    await page.goto(`${workspace.url}/scheduling/schedules?device=${deviceId}`);
    await page.getByTestId("weekly-hours-row").first().waitFor();
    expect(await page.getByTestId("weekly-hours-row").count()).toBe(7);
    expect(await textOf(page.getByTestId("schedules-booked-minutes"))).toMatch(/\d+ minutes booked in the next 7 days/);

    // Sundays closed from today: the editor starts from the pattern in force.
    await page.getByTestId("weekly-hours-edit").click();
    const editor = page.getByTestId("weekly-hours-editor");
    expect(await editor.getByTestId("weekly-hours-interval").count()).toBe(7);
    await editor.getByRole("button", { name: "Remove interval 7" }).click();
    await editor.getByTestId("weekly-hours-save").click();
    await editor.waitFor({ state: "detached" });
    await expect.poll(() => page.getByTestId("weekly-hours-row").count()).toBe(6);
    expect(await page.getByTestId("weekly-hours-row").allInnerTexts()).not.toContainEqual(expect.stringContaining("Sunday"));

    await page.getByTestId("exception-add").click();
    let modal = page.getByRole("dialog");
    await modal.getByLabel(/^Reason/).fill("Scanner room repainted");
    await modal.getByRole("button", { name: "Add exception" }).click();
    const exception = page.getByTestId("exception-row").filter({ hasText: "Scanner room repainted" });
    await exception.waitFor();
    expect(await textOf(exception)).toContain("Closed");

    await page.getByTestId("reserved-add").click();
    modal = page.getByRole("dialog");
    await chooseOption(page, "Day", "", "Sunday");
    await modal.getByLabel(/^Starts/).fill("08:00");
    await modal.getByLabel(/^Ends/).fill("09:00");
    await chooseOption(page, "For priority", "", "STAT");
    await modal.getByRole("button", { name: "Add reserved block" }).click();
    const block = page.getByTestId("reserved-row").filter({ hasText: "Sunday" });
    await block.waitFor();
    expect(await textOf(block)).toContain("08:00–09:00");
    expect(await textOf(block)).toContain("STAT");
    await expectAccessible(page);
    await screenshot(page, "9-schedules");

    await exception.getByRole("button", { name: /^Remove the exception/ }).click();
    await exception.waitFor({ state: "detached" });
    await closePage(page);
  });

  it("refuses a manager the order queue in words (no patient data), but shows the catalogue", async () => {
    const page = await openPage("manager", "");
    await openArea(page, "Scheduling");
    const refusal = page.getByTestId("scheduling-not-allowed");
    await refusal.waitFor();
    expect(await textOf(refusal)).toContain("The order queue is open to scheduler");
    expect(await page.getByTestId("queue-table").count()).toBe(0);
    expect(await page.content()).not.toContain("Lindqvist");
    await expectAccessible(page);
    await screenshot(page, "8-manager-queue");

    await page.getByTestId("scheduling-nav-catalogue").click();
    await page.getByTestId("catalogue-row").filter({ hasText: procedureCode }).waitFor();
    // Reading the catalogue is for everyone; changing it is not for a manager.
    expect(await page.getByTestId("catalogue-add").count()).toBe(0);
    await closePage(page);
  });

  it("lets a scheduler put an order on the waitlist, find it on the waitlist screen and take it off", async () => {
    const patient = await registerPatient(workspace, "Moreau", "Elise");
    const order = await placeOrder(workspace, patient.id, procedureId);
    const page = await openPage("scheduler", `/scheduling/orders/${order.id}`);
    const panel = page.getByTestId("order-waitlist");
    await panel.getByLabel("Waitlist note").fill("Can come at an hour's notice");
    await page.getByTestId("waitlist-add").click();
    const entry = page.getByTestId("order-waitlist-row");
    await entry.waitFor();
    expect(await textOf(entry)).toContain("Sam Scheduler");

    await page.getByTestId("scheduling-nav-waitlist").click();
    const row = page.getByTestId("waitlist-row").filter({ hasText: order.accessionNumber });
    await row.waitFor();
    expect(await textOf(row)).toContain("Moreau, Elise");
    expect(await textOf(row)).toContain("Can come at an hour's notice");
    await expectAccessible(page);

    await row.getByRole("link", { name: order.accessionNumber }).click();
    await page.getByRole("button", { name: "Take off the waitlist" }).click();
    await entry.waitFor({ state: "detached" });
    await closePage(page);
  });

  // Last: it stops the staff subgraph.
  it("lets the front desk check a patient in and the technologist start and complete the exam from the day's list", async () => {
    const hour = 3_600_000;
    const technologistId = await technologistOnShift(workspace, today(), "Nakamura", {
      startsAt: new Date(Date.now() - hour).toISOString(),
      endsAt: new Date(Date.now() + 3 * hour).toISOString(),
    });
    const deviceId = await openScanner(workspace, "CT Scanner 7");
    const patient = await registerPatient(workspace, "Achterberg", "Saskia");
    await screenPatient(workspace, patient.id);
    // Her earlier CT is asked for from another hospital: the technologist sees that priors are on the way.
    await must(
      workspace,
      `mutation ($input: RequestPriorStudiesInput!) { requestPriorStudies(input: $input) { id } }`,
      { input: { patientId: patient.id, facility: "St. Mary's Hospital", studiesDescription: "CT chest 2025" } },
      "scheduler",
    );
    const order = await placeOrder(workspace, patient.id, procedureId);
    await bookMinutesAhead(workspace, { orderId: order.id, deviceId, technologistId, minutesAhead: 3 });
    const row = (page: Page) => page.getByTestId("worklist-row").filter({ hasText: order.accessionNumber });
    // Page loads and mutations settle in their own time; only the live board is held to its 2 seconds.
    const settles = { timeout: 15_000 };

    // A coordinator's tracking board stays open in another browser throughout; nobody reloads it.
    const board = await openPage("coordinator", "/scheduling/board");
    const cardStage = () =>
      board.locator(`[data-testid="board-card"][data-stage]`).filter({ hasText: "Achterberg" }).getAttribute("data-stage");
    await expect.poll(cardStage, settles).toBe("BOOKED");

    const desk = await openPage("scheduler", "/scheduling/today");
    await expect.poll(() => row(desk).getAttribute("data-stage"), settles).toBe("BOOKED");
    await expectAccessible(desk);
    await row(desk).getByTestId("exam-check-in").click();
    const dialog = desk.getByRole("dialog", { name: /Check in/ });
    await dialog.getByTestId("check-in-submit").click();
    expect(await textOf(dialog.getByTestId("check-in-problem"))).toContain("two identifiers");
    await dialog.getByLabel("Name and date of birth").check();
    await dialog.getByLabel("Wristband").check();
    await dialog.getByLabel(/Safety screening reviewed/).check();
    await dialog.getByLabel(/Consent reviewed/).check();
    await dialog.getByTestId("check-in-submit").click();
    await expect.poll(() => row(desk).getAttribute("data-stage"), settles).toBe("CHECKED_IN");
    // Live: the open board shows the check-in within 2 seconds, without a reload.
    await expect.poll(cardStage, { timeout: 2_000, interval: 100 }).toBe("CHECKED_IN");
    await screenshot(desk, "today-desk-checked-in");
    await closePage(desk);

    // The technologist's sign-in is linked to their staff record (the staff office does it), so
    // their home page and worklist start on their own exams; the home page lists the patient as ready.
    await must(
      workspace,
      `mutation ($id: ID!) { linkSignInAccount(staffMemberId: $id, signInSubject: "demo:technologist") { id } }`,
      { id: technologistId },
      "coordinator",
    );
    const home = await openPage("technologist", "");
    const nextPatients = home.getByTestId("my-day-next-patients");
    await nextPatients.getByText("Your next patients").waitFor();
    await nextPatients.getByText(/checked in, ready/).waitFor();
    await expectAccessibleShell(home);
    await screenshot(home, "home-technologist");
    await closePage(home);

    const room = await openPage("technologist", "/scheduling/today");
    await expect.poll(() => row(room).getAttribute("data-stage"), settles).toBe("CHECKED_IN");
    expect(await room.getByTestId("only-my-exams").isChecked()).toBe(true);
    await row(room).getByTestId("priors-requested").waitFor();
    expect(await row(room).getByTestId("exam-check-in").count()).toBe(0);
    await row(room).getByTestId("exam-start").click();
    await room.getByTestId("start-exam-submit").click();
    await expect.poll(() => row(room).getAttribute("data-stage"), settles).toBe("IN_PROGRESS");
    await row(room).getByTestId("exam-complete").click();
    const complete = room.getByRole("dialog", { name: "Complete the exam" });
    await complete.getByLabel(/Exam notes/).fill("Contrast given, no reaction");
    await complete.getByRole("button", { name: "Complete exam" }).click();
    await expect.poll(() => row(room).getAttribute("data-stage"), settles).toBe("COMPLETED");
    await expectAccessible(room);
    await screenshot(room, "today-technologist-completed");
    await closePage(room);
    // Unlinked again: the later tests see the technologist's whole-department list.
    await must(
      workspace,
      `mutation ($id: ID!) { linkSignInAccount(staffMemberId: $id, signInSubject: null) { id } }`,
      { id: technologistId },
      "coordinator",
    );
    await expect.poll(cardStage, { timeout: 2_000, interval: 100 }).toBe("COMPLETED");
    await expectAccessible(board);
    await screenshot(board, "tracking-board");
    await closePage(board);

    // The radiologist signs the report and records a critical finding; the coordinator closes the loop.
    const reading = await openPage("radiologist", "/scheduling/today");
    await row(reading).getByTestId("exam-final").click();
    await expect.poll(() => row(reading).getAttribute("data-stage"), settles).toBe("FINAL");
    await row(reading).getByTestId("exam-critical-finding").click();
    const finding = reading.getByRole("dialog", { name: "Critical or unexpected finding" });
    await finding.getByLabel(/^Finding/).fill("Incidental pulmonary embolism");
    await chooseIn(reading, finding, "Urgency", "Immediate (critical)");
    await finding.getByTestId("critical-finding-submit").click();
    await finding.waitFor({ state: "hidden" });
    await closePage(reading);

    const coordinator = await openPage("coordinator", "/scheduling/critical-results");
    const findingRow = coordinator.getByTestId("critical-row").filter({ hasText: "Incidental pulmonary embolism" });
    await findingRow.waitFor();
    expect(await findingRow.getAttribute("data-overdue")).toBe("false");
    await expectAccessible(coordinator);
    await screenshot(coordinator, "critical-results");
    await findingRow.getByRole("button", { name: /Communicated/ }).click();
    const loop = coordinator.getByRole("dialog", { name: "Finding communicated" });
    await loop.getByLabel(/^Told/).fill("Dr. Lena Fischer");
    await chooseIn(coordinator, loop, "How", "Phone");
    await loop.getByTestId("communication-submit").click();
    // Without the read-back the loop stays open, and the screen says why.
    await loop.getByText(/closes only with a read-back/).waitFor();
    await loop.getByLabel("They read the finding back to me").check();
    await loop.getByTestId("communication-submit").click();
    await coordinator.getByTestId("critical-empty").waitFor();
    await closePage(coordinator);
  });
  it("lets a nuclear medicine technologist record the radiopharmaceutical and activity given, and correct it", async () => {
    const hour = 3_600_000;
    const window = { startsAt: new Date(Date.now() - hour).toISOString(), endsAt: new Date(Date.now() + 3 * hour).toISOString() };
    const technologistId = await technologistOnShift(workspace, today(), "Haddad", window, "NM");
    const deviceId = await openScanner(workspace, "NM Camera 1", "NM");
    const { addProcedure } = await must<{ addProcedure: { id: string } }>(
      workspace,
      `mutation ($input: AddProcedureInput!) { addProcedure(input: $input) { id } }`,
      {
        input: {
          code: "NM-BONE-UI",
          name: "Bone scan, whole body",
          modality: "NM",
          bodyPart: "Whole body",
          lateralityRequired: false,
          defaultMinutes: 30,
          contrast: "NONE",
          screenings: [],
          consentRequired: false,
          priorAuthRequired: false,
          workloadWeight: 2,
          reportDueHours: { routine: 48, urgent: 8, asap: 4, stat: 1 },
        },
      },
      "coordinator",
    );
    const patient = await registerPatient(workspace, "Nakashima", "Emi");
    const order = await placeOrder(workspace, patient.id, addProcedure.id);
    const appointmentId = await bookMinutesAhead(workspace, { orderId: order.id, deviceId, technologistId, minutesAhead: 2 });
    await must(
      workspace,
      `mutation ($input: CheckInInput!) { checkIn(input: $input) { id } }`,
      {
        input: {
          appointmentId,
          identifiers: ["NAME_AND_BIRTH_DATE", "MRN"],
          screeningReviewed: true,
          consentReviewed: true,
        },
      },
      "scheduler",
    );

    const room = await openPage("technologist", "/scheduling/today");
    const row = room.getByTestId("worklist-row").filter({ hasText: order.accessionNumber });
    await row.getByTestId("exam-activity").waitFor();
    await expectAccessible(room);
    await row.getByTestId("exam-activity").click();
    const dialog = room.getByRole("dialog", { name: "Activity given" });
    // Nothing typed: the form says what is missing and sends nothing.
    await dialog.getByTestId("activity-submit").click();
    await dialog.getByText("Name the radiopharmaceutical as labelled").waitFor();
    await dialog.getByLabel(/^Radiopharmaceutical/).fill("Tc-99m MDP");
    await dialog.getByLabel(/^Activity given/).fill("740");
    expect(await accessibilityFindings(room, '[role="dialog"]')).toEqual([]);
    await dialog.getByTestId("activity-submit").click();
    await dialog.waitFor({ state: "hidden" });
    await row.getByText("Tc-99m MDP, 740 MBq").waitFor();
    // Recorded once, the action offers a correction, which says what it replaces.
    await row.getByRole("button", { name: /^Correct activity/ }).click();
    const correction = room.getByRole("dialog", { name: "Activity given" });
    await correction.getByText(/Recorded already: Tc-99m MDP, 740 MBq/).waitFor();
    await correction.getByLabel(/^Activity given/).fill("725.5");
    await correction.getByTestId("activity-submit").click();
    await row.getByText("Tc-99m MDP, 725.5 MBq").waitFor();
    await screenshot(room, "today-nm-activity");
    await closePage(room);
  });

  it("says which area is not answering when a booking cannot be checked, and that nothing was saved", async () => {
    const patient = await registerPatient(workspace, "Brennan", "Aoife");
    await screenPatient(workspace, patient.id);
    const order = await placeOrder(workspace, patient.id, procedureId);
    const page = await openPage("scheduler", `/scheduling/orders/${order.id}/book`);
    await chooseFirstSlot(page);
    await workspace.stack.subgraphs.staff?.stop();
    await page.getByTestId("slot-book").click();
    const failure = page.getByTestId("booking-error");
    await failure.waitFor();
    expect(await textOf(failure)).toContain("The Staff area is not answering, so nothing was saved");
    await screenshot(page, "10-area-unavailable");
    expect(await appointmentsOf(workspace, order.id)).toEqual([]);
    await closePage(page);
  });
});
