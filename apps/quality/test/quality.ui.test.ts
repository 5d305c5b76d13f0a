import { accessibilityFindings } from "@gantry/ui-testing/accessibility";
import { launchChromium, recordScripts } from "@gantry/ui-testing/browser";
import { chooseOption, field, textOf } from "@gantry/ui-testing/form";
import { expectReactLoadedOnce } from "@gantry/ui-testing/react-once";
import { openArea, signInThroughShell } from "@gantry/ui-testing/sign-in";
import { startWorkspace, type RunningWorkspace } from "@gantry/ui-testing/workspace";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The Quality area through the shell: the built shell and this remote in Chromium, over every
 * subgraph and the gateway on real PostgreSQL (empty databases: the test sets its own targets).
 */

let workspace: RunningWorkspace;
let browser: Browser;
const today = new Date().toISOString().slice(0, 10);

async function signIn(page: Page, username: string): Promise<void> {
  await signInThroughShell(page, workspace.url, username);
  await openArea(page, "Quality");
  await page.getByRole("heading", { name: "KPI targets" }).waitFor();
}

beforeAll(async () => {
  workspace = await startWorkspace();
  browser = await launchChromium();
  const set = await workspace.stack.call(
    `mutation ($input: SetKpiTargetInput!) { setKpiTarget(input: $input) { id } }`,
    { input: { kpi: "REPORT_TURNAROUND", value: 60, priority: "STAT", effectiveFrom: today, note: "STAT: final within 1 hour" } },
    "quality",
  );
  if (set.errors?.length) throw new Error(`API call failed: ${JSON.stringify(set.errors)}`);
});

afterAll(async () => {
  await browser?.close();
  await workspace?.stop();
});

describe("Quality area", () => {
  it("lets the quality officer read the targets in force and set a new one, refusing one in the past", async () => {
    const page = await browser.newPage();
    const scripts = recordScripts(page);
    await signIn(page, "quality");
    const stat = page.getByTestId("target-row").filter({ hasText: "Report turnaround" });
    expect(await textOf(stat)).toContain("STAT");
    expect(await textOf(stat)).toContain("≤ 60 min");

    await chooseOption(page, "KPI", "", "Scanner utilization");
    await field(page, "Target").fill("80");
    await chooseOption(page, "Modality", "", "CT");
    await field(page, "From").fill("2020-01-01");
    await page.getByTestId("target-submit").click();
    await page.getByText("Today or later: past periods keep their targets").waitFor();
    await field(page, "From").fill(today);
    expect(await accessibilityFindings(page, "main")).toEqual([]);
    await page.getByTestId("target-submit").click();
    const utilization = page.getByTestId("target-row").filter({ hasText: "Scanner utilization" });
    await utilization.waitFor();
    expect(await textOf(utilization)).toContain("≥ 80 %");
    expect(await textOf(utilization)).toContain("CT");
    expect(await textOf(utilization)).toContain("Quinn Quality");

    // The same KPI, scope and day again: the API's CONFLICT, in words, and nothing changes.
    await chooseOption(page, "KPI", "", "Scanner utilization");
    await field(page, "Target").fill("85");
    await chooseOption(page, "Modality", "", "CT");
    await page.getByTestId("target-submit").click();
    await page.getByText(/already starts on/).waitFor();
    expect(await page.getByTestId("target-row").count()).toBe(2);

    await expectReactLoadedOnce(scripts, "quality");
    await page.close();
  });

  it("shows a technologist the targets read-only, without the form", async () => {
    const page = await browser.newPage();
    await signIn(page, "technologist");
    await page.getByTestId("target-row").first().waitFor();
    await page.getByTestId("targets-read-only").waitFor();
    expect(await page.getByRole("button", { name: "Set target" }).count()).toBe(0);
    await page.close();
  });
});
