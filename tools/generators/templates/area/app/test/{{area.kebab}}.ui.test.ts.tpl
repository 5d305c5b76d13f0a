import { launchChromium, recordScripts } from "@gantry/ui-testing/browser";
import { textOf } from "@gantry/ui-testing/form";
import { expectReactLoadedOnce } from "@gantry/ui-testing/react-once";
import { openArea, signInThroughShell } from "@gantry/ui-testing/sign-in";
import { startWorkspace, type RunningWorkspace } from "@gantry/ui-testing/workspace";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The {{area.words}} area through the shell: the built shell and this remote in Chromium, over every
 * subgraph and the gateway on real PostgreSQL (empty databases: the test makes its own notes).
 */

let workspace: RunningWorkspace;
let browser: Browser;

async function signIn(page: Page, username: string): Promise<void> {
  await signInThroughShell(page, workspace.url, username);
  await openArea(page, "{{area.words}}");
  await page.getByTestId("{{area.kebab}}-notes-table").waitFor();
}

beforeAll(async () => {
  workspace = await startWorkspace();
  browser = await launchChromium();
  const added = await workspace.stack.call(`mutation { {{note.addField}}(input: { text: "Written through the API" }) { id } }`, {}, "coordinator");
  if (added.errors?.length) throw new Error(`API call failed: ${JSON.stringify(added.errors)}`);
});

afterAll(async () => {
  await browser?.close();
  await workspace?.stop();
});

describe("{{area.words}} area", () => {
  it("lets a coordinator read the notes and add one through the form", async () => {
    const page = await browser.newPage();
    const scripts = recordScripts(page);
    await signIn(page, "coordinator");
    await page.getByTestId("{{area.kebab}}-note-row").filter({ hasText: "Written through the API" }).waitFor();

    await page.getByRole("textbox", { name: /^Note/ }).fill("Written in the browser");
    await page.getByRole("button", { name: "Add note" }).click();
    const rows = page.getByTestId("{{area.kebab}}-note-row");
    await rows.filter({ hasText: "Written in the browser" }).waitFor();
    expect(await textOf(rows.first())).toContain("Written in the browser");
    expect(await textOf(rows.first())).toContain("Casey Coordinator");
    expect(await textOf(page.getByTestId("{{area.kebab}}-notes-count"))).toContain("of 2");

    // React came once, from the shell: none of the remote's React fallback chunks was fetched.
    await expectReactLoadedOnce(scripts, "{{area.kebab}}");
    await page.close();
  });

  it("shows a scheduler the notes read-only, without the form", async () => {
    const page = await browser.newPage();
    await signIn(page, "scheduler");
    await page.getByTestId("{{area.kebab}}-note-row").first().waitFor();
    await page.getByTestId("{{area.kebab}}-notes-read-only").waitFor();
    expect(await page.getByRole("button", { name: "Add note" }).count()).toBe(0);
    await page.close();
  });
});
