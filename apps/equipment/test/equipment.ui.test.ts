import { launchChromium, recordScripts } from "@gantry/ui-testing/browser";
import { expectReactLoadedOnce } from "@gantry/ui-testing/react-once";
import { openArea, signInThroughShell } from "@gantry/ui-testing/sign-in";
import { startWorkspace, type RunningWorkspace } from "@gantry/ui-testing/workspace";
import { chooseOption, field, fillDate, textOf } from "@gantry/ui-testing/form";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The Equipment area as a coordinator and a technologist use it: the built shell and equipment remote
 * in Chromium, over every subgraph and the gateway on real PostgreSQL. The test databases start empty,
 * so the devices, stock and the staff member the screens show are created through the API first.
 */

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}
const inThreeDays = day(3);

let workspace: RunningWorkspace;
let browser: Browser;
let scannerId: string;
let probeId: string;
let contrastId: string;

async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await workspace.stack.call<T>(query, variables, "coordinator");
  if (response.errors?.length || !response.data) throw new Error(`API call failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

async function signIn(page: Page, username: string): Promise<void> {
  await signInThroughShell(page, workspace.url, username);
  await openArea(page, "Equipment");
  await page.getByTestId("device-registry-table").waitFor();
}

async function fillMaintenanceForm(page: Page, options: { starts: string; ends: string }): Promise<void> {
  await chooseOption(page, "Device", "", /^CT Scanner 1/);
  await chooseOption(page, "Kind", "", /^Calibration$/);
  await fillDate(page, "Day", inThreeDays);
  await field(page, "Starts").fill(options.starts);
  await field(page, "Ends").fill(options.ends);
  await field(page, "Vendor").fill("Siemens Healthineers");
  await page.getByRole("button", { name: "Schedule maintenance" }).click();
}

async function onHand(itemId: string): Promise<number> {
  const data = await api<{ inventoryItem: { onHand: number } }>(`query ($id: ID!) { inventoryItem(id: $id) { onHand } }`, { id: itemId });
  return data.inventoryItem.onHand;
}

beforeAll(async () => {
  workspace = await startWorkspace();
  browser = await launchChromium();

  const register = `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { id } }`;
  scannerId = (
    await api<{ registerDevice: { id: string } }>(register, {
      input: {
        name: "CT Scanner 1",
        kind: "SCANNER",
        modality: "CT",
        manufacturer: "Siemens",
        model: "SOMATOM Force",
        serialNumber: "CT-55012",
        room: "CT-1",
      },
    })
  ).registerDevice.id;
  // Phantom QA two days ago that nobody recorded as done: overdue.
  const twoDaysAgo = day(-2);
  await api(`mutation ($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }`, {
    input: { deviceId: scannerId, kind: "PHANTOM_QA", startsAt: `${twoDaysAgo}T07:00:00Z`, endsAt: `${twoDaysAgo}T08:00:00Z` },
  });
  probeId = (
    await api<{ registerDevice: { id: string } }>(register, {
      input: {
        name: "Linear probe L12-5",
        kind: "ULTRASOUND_PROBE",
        modality: "US",
        manufacturer: "Philips",
        model: "L12-5",
        serialNumber: "US-L12-0091",
        room: "US-2",
      },
    })
  ).registerDevice.id;
  // The probe was used for an exam and not disinfected since: it must not be used again yet.
  await api(`mutation ($input: RecordProbeUseInput!) { recordProbeUse(input: $input) { id } }`, { input: { probeId } });

  contrastId = (
    await api<{ addInventoryItem: { id: string } }>(
      `mutation ($input: AddInventoryItemInput!) { addInventoryItem(input: $input) { id } }`,
      {
        input: { name: "Iohexol 350", category: "CONTRAST", unit: "bottle (100 mL)", location: "CT prep room", reorderLevel: 5 },
      },
    )
  ).addInventoryItem.id;
  await api(`mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, {
    input: { itemId: contrastId, lotNumber: "LOT-A1", expiresOn: day(20), quantity: 8 },
  });

  await api(`mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`, {
    input: { employeeId: "E-2001", familyName: "Okafor", givenName: "Ada", role: "SONOGRAPHER", modalities: ["US"] },
  });
});

afterAll(async () => {
  await browser?.close();
  await workspace?.stop();
});

describe("Equipment area", () => {
  it("lets a coordinator read the registry, schedule maintenance, receive stock and record its use", async () => {
    const page = await browser.newPage();
    const scripts = recordScripts(page);
    await signIn(page, "coordinator");

    // Registry: both devices with their status; filtering by kind leaves the scanner.
    const scannerRow = page.getByTestId("device-row").filter({ hasText: "CT Scanner 1" });
    await scannerRow.waitFor();
    expect(await scannerRow.getAttribute("data-status")).toBe("ACTIVE");
    expect(await textOf(scannerRow.getByTestId("device-status"))).toBe("Active");
    const probeRow = page.getByTestId("device-row").filter({ hasText: "Linear probe L12-5" });
    expect(await textOf(probeRow.getByTestId("safe-to-use"))).toBe("Do not use");
    await chooseOption(page, "Kind", "", /^Scanner$/);
    await probeRow.waitFor({ state: "detached" });
    expect(await page.getByTestId("device-row").allInnerTexts()).toEqual([expect.stringContaining("CT Scanner 1")]);

    // The device page: details, the overdue phantom QA in its history; schedule from there.
    await page.getByRole("link", { name: "CT Scanner 1" }).click();
    expect(await textOf(page.getByTestId("device-details"))).toContain("CT-55012");
    const history = page.getByTestId("device-maintenance-row");
    expect(await history.allInnerTexts()).toEqual([expect.stringContaining("Phantom QA")]);
    expect(await textOf(history.getByTestId("maintenance-status"))).toBe("Overdue");
    await page.getByTestId("device-schedule-maintenance").click();
    await fillMaintenanceForm(page, { starts: "07:00", ends: "09:00" });

    // The calendar opens on that week with the window.
    const window = page.getByTestId(`maintenance-day-${inThreeDays}`).getByTestId("maintenance-window");
    await window.waitFor();
    expect(await textOf(window)).toContain("CT Scanner 1");
    expect(await textOf(window)).toContain("Calibration");
    expect(await window.getAttribute("data-overdue")).toBe("false");

    // An overlapping window is refused, and the form says why.
    await page.getByTestId("maintenance-schedule").click();
    await fillMaintenanceForm(page, { starts: "08:00", ends: "10:00" });
    const conflict = page.getByTestId("schedule-maintenance-conflict");
    await conflict.waitFor();
    expect(await textOf(conflict)).toContain("CT Scanner 1");
    expect(await textOf(conflict)).toContain("08:00–10:00");
    const maintenance = await api<{ device: { maintenance: { startsAt: string }[] } }>(
      `query ($id: ID!) { device(id: $id) { maintenance { startsAt } } }`,
      { id: scannerId },
    );
    expect(maintenance.device.maintenance.filter((window) => window.startsAt.startsWith(inThreeDays))).toHaveLength(1);

    // The overdue phantom QA is highlighted on the calendar; marking it complete clears it.
    await page.getByRole("tab", { name: "Maintenance calendar", exact: true }).click();
    const overdue = page.getByTestId("maintenance-overdue");
    await overdue.waitFor();
    expect(await textOf(overdue)).toContain("CT Scanner 1");
    expect(await textOf(overdue)).toContain("Phantom QA");
    expect(await overdue.getByTestId("maintenance-window").getAttribute("data-overdue")).toBe("true");
    await overdue.getByTestId("maintenance-complete").click();
    await overdue.waitFor({ state: "detached" });
    const statuses = await api<{ device: { maintenance: { kind: string; status: string }[] } }>(
      `query ($id: ID!) { device(id: $id) { maintenance { kind status } } }`,
      { id: scannerId },
    );
    expect(statuses.device.maintenance).toEqual(
      expect.arrayContaining([
        { kind: "PHANTOM_QA", status: "COMPLETED" },
        { kind: "CALIBRATION", status: "SCHEDULED" },
      ]),
    );

    // Inventory: receive a second lot through the form.
    await page.getByRole("tab", { name: "Inventory", exact: true }).click();
    const contrastRow = page.getByTestId("inventory-row").filter({ hasText: "Iohexol 350" });
    await contrastRow.waitFor();
    expect(await textOf(contrastRow.getByTestId("inventory-on-hand"))).toContain("8 bottle");
    expect(await textOf(page.getByTestId("inventory-expiring-lots"))).toContain("LOT-A1");
    await page.getByTestId("inventory-receive").click();
    await chooseOption(page, "Item", "", /^Iohexol 350/);
    await field(page, "Lot number").fill("LOT-B2");
    await fillDate(page, "Expires on", day(400));
    await field(page, "Quantity").fill("6");
    await page.getByRole("button", { name: "Receive stock" }).click();
    await contrastRow.getByTestId("inventory-on-hand").filter({ hasText: "14 bottle" }).waitFor();

    // Record the use of 3 from the first lot; 11 left.
    await page.getByTestId("inventory-use").click();
    await chooseOption(page, "Item", "", /^Iohexol 350/);
    await chooseOption(page, "Lot", "", /^LOT-A1/);
    await field(page, "Quantity").fill("3");
    await page.getByRole("button", { name: "Record use" }).click();
    await contrastRow.getByTestId("inventory-on-hand").filter({ hasText: "11 bottle" }).waitFor();
    expect(await onHand(contrastId)).toBe(11);

    // Taking more than the lot holds is refused with the reason; nothing is withdrawn.
    await page.getByTestId("inventory-use").click();
    await chooseOption(page, "Item", "", /^Iohexol 350/);
    await chooseOption(page, "Lot", "", /^LOT-A1/);
    await field(page, "Quantity").fill("50");
    await page.getByRole("button", { name: "Record use" }).click();
    const shortage = page.getByTestId("record-use-conflict");
    await shortage.waitFor();
    expect(await textOf(shortage)).toContain("50 bottle (100 mL) of Iohexol 350 from lot LOT-A1");
    expect(await textOf(shortage)).toContain("cannot take 50");
    expect(await onHand(contrastId)).toBe(11);

    // React came once, from the shell: none of the remote's React fallback chunks was fetched.
    await expectReactLoadedOnce(scripts, "equipment");
    await page.close();
  });

  it("lets a technologist log a probe's disinfection; maintenance scheduling and stock receipt stay hidden", async () => {
    const page = await browser.newPage();
    await signIn(page, "technologist");

    await page.getByRole("tab", { name: "Maintenance calendar", exact: true }).click();
    await page.getByTestId("maintenance-read-only").waitFor();
    expect(await page.getByRole("link", { name: "Schedule maintenance" }).count()).toBe(0);

    // Technologists record use but do not receive stock.
    await page.getByRole("tab", { name: "Inventory", exact: true }).click();
    await page.getByTestId("inventory-use").waitFor();
    expect(await page.getByTestId("inventory-receive").count()).toBe(0);

    // The probe is not safe: used since its last passing disinfection (it has none).
    await page.getByRole("tab", { name: "Probe disinfection", exact: true }).click();
    await page.getByTestId("probe-list-item").filter({ hasText: "Linear probe L12-5" }).click();
    const status = page.getByTestId("probe-status");
    await status.waitFor();
    expect(await status.getByTestId("safe-to-use").getAttribute("data-safe")).toBe("false");
    await page.getByTestId("disinfection-log-empty").waitFor();

    await page.getByTestId("probe-log-disinfection").click();
    await chooseOption(page, "Performed by", "Okafor", /Ada Okafor/);
    await chooseOption(page, "Method", "", /^OPA soak$/);
    await page.getByRole("radio", { name: "Pass" }).check();
    await page.getByRole("button", { name: "Log disinfection" }).click();

    // Logged with the sonographer's name (resolved by the staff area); the probe is safe to use again.
    const entry = page.getByTestId("disinfection-row");
    await entry.waitFor();
    expect(await textOf(entry.getByTestId("disinfection-performed-by"))).toBe("Ada Okafor");
    expect(await textOf(entry)).toContain("OPA soak");
    expect(await entry.getAttribute("data-result")).toBe("PASS");
    await status.getByTestId("safe-to-use").and(page.locator("[data-safe=true]")).waitFor();
    expect(await textOf(status.getByTestId("safe-to-use"))).toBe("Safe to use");
    await page.close();
  });

  it("opens guarded screens by direct link as the API's catalogue says: waits for the answer, never refuses it", async () => {
    const page = await browser.newPage();
    // Opened before the permissions have arrived: the form waits for them instead of refusing.
    await signIn(page, "coordinator");
    await page.goto(`${workspace.url}/equipment/inventory/receive`);
    await field(page, "Lot number").waitFor();
    expect(await page.getByTestId("receive-stock-forbidden").count()).toBe(0);
    await page.close();

    // The imaging manager reads the area and is told, not shown a form the API would refuse.
    const reader = await browser.newPage();
    await signIn(reader, "manager");
    await reader.goto(`${workspace.url}/equipment/maintenance/schedule`);
    await reader.getByTestId("schedule-maintenance-forbidden").waitFor();
    // The calendar says read-only only once the API has answered, and then offers no action.
    await reader.goto(`${workspace.url}/equipment/maintenance`);
    await reader.getByTestId("maintenance-read-only").waitFor();
    expect(await reader.getByTestId("maintenance-schedule").count()).toBe(0);
    expect(await reader.getByTestId("maintenance-complete").count()).toBe(0);
    await reader.close();
  });
});
