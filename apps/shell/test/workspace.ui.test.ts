import { defaultRemotes } from "@gantry/stack/remotes";
import { startWebServer, type RunningWebServer } from "@gantry/stack/web-server";
import { launchChromium, recordScripts } from "@gantry/ui-testing/browser";
import { carriesReact } from "@gantry/ui-testing/react-once";
import { signInThroughShell } from "@gantry/ui-testing/sign-in";
import { startWorkspace, type RunningWorkspace } from "@gantry/ui-testing/workspace";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

let workspace: RunningWorkspace;
let browser: Browser;

beforeAll(async () => {
  workspace = await startWorkspace();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await workspace?.stop();
});

describe("the web workspace", () => {
  test("a scheduler registers a patient in the Patients remote, finds and opens them, with one React", async () => {
    const page = await browser.newPage();
    const scripts = recordScripts(page);
    await signInThroughShell(page, workspace.url, "scheduler");

    const navigation = page.getByRole("navigation", { name: "Areas" });
    await navigation.getByRole("link", { name: "Patients" }).click();
    await page.getByRole("heading", { name: "Find a patient" }).waitFor();

    await page.getByTestId("patients-register-link").click();
    await page.getByTestId("patient-form-family-name").fill("Okonkwo");
    await page.getByTestId("patient-form-given-name").fill("Adaeze");
    await page.getByTestId("patient-form-birth-date").fill("1984-03-15");
    await page.getByTestId("patient-form-birth-date").press("Tab");
    await page.getByTestId("patient-form-sex").click();
    await page.getByRole("option", { name: "Female" }).click();
    await page.getByTestId("patient-register-submit").click();
    await expect(page.getByTestId("patient-name").textContent()).resolves.toContain("Okonkwo");
    const mrn = (await page.getByTestId("patient-mrn").textContent()) ?? "";
    expect(mrn).toMatch(/\d{6,}/);

    await navigation.getByRole("link", { name: "Patients" }).click();
    await page.getByTestId("patient-search-family-name").fill("okonk");
    await page.getByTestId("patient-search-submit").click();
    const row = page.locator(`[data-testid="patient-search-row"][data-mrn="${mrn}"]`);
    await row.getByRole("link").click();
    await expect(page.getByTestId("patient-mrn").textContent()).resolves.toBe(mrn);
    expect(new URL(page.url()).pathname).toMatch(/^\/patients\/[^/]+/);

    // The remote's hooks ran against the shell's React; no copy of React came from the remote.
    const fromRemote = scripts.filter((url) => new URL(url).pathname.startsWith("/remotes/patients/"));
    const fromShell = scripts.filter((url) => new URL(url).pathname.startsWith("/assets/"));
    expect(fromRemote.some((url) => url.endsWith("/remoteEntry.js"))).toBe(true);
    const bodies = async (urls: string[]) => Promise.all(urls.map(async (url) => (await fetch(url)).text()));
    expect((await bodies(fromShell)).filter(carriesReact).length).toBeGreaterThan(0);
    expect((await bodies(fromRemote)).filter(carriesReact)).toEqual([]);
    expect(fromRemote.filter((url) => /__federation_shared_react/.test(url))).toEqual([]);
    await page.close();
  });

  test("a manager, who may not see patient details, is told so instead of seeing the area", async () => {
    const page = await browser.newPage();
    await signInThroughShell(page, workspace.url, "manager");
    const navigation = page.getByRole("navigation", { name: "Areas" });
    // The start page lists the areas once the manifest is in; Patients is not among them.
    await page.getByTestId("home-areas").waitFor();
    await expect(navigation.getByRole("link", { name: "Patients" }).count()).resolves.toBe(0);
    await expect(page.getByText("Your roles do not include access to protected health information").count()).resolves.toBe(1);

    // While the API has not said, the area shows a loader, not a refusal.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/graphql", async (route) => {
      if (route.request().postData()?.includes("AreaAccess")) await held;
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${workspace.url}/patients`);
    await page.getByRole("status", { name: "Checking access to Patients" }).waitFor();
    await expect(page.getByText("You do not have access").count()).resolves.toBe(0);
    release();

    const refusal = page.getByRole("alert").filter({ hasText: "You do not have access to Patients" });
    await expect(refusal.textContent()).resolves.toContain("Morgan Manager");
    // Who may, in the words of the patients catalogue's openArea.
    await expect(refusal.textContent()).resolves.toContain(
      "Patients is open to scheduler, technologist, radiologist, coordinator or quality_officer.",
    );
    await page.close();
  });

  // Other areas may join (the generator adds them): each role's list is checked against the API, and
  // against what these three areas' catalogues are known to say.
  test.each([
    ["manager", ["Staff", "Equipment"], ["Patients"]],
    ["radiologist", ["Patients", "Staff"], ["Equipment"]],
    ["integration", [], ["Patients", "Staff", "Equipment"]],
  ])("signed in as %s, navigation lists exactly the areas whose openArea the API allows", async (username, sees, never) => {
    const page = await browser.newPage();
    await signInThroughShell(page, workspace.url, username);
    await page.getByTestId("home-areas").waitFor();
    const links = await page.getByRole("navigation", { name: "Areas" }).getByRole("link").allTextContents();
    const listed = links.filter((name) => name !== "Home");
    expect(listed).toEqual(expect.arrayContaining(sees));
    for (const title of never) expect(listed).not.toContain(title);

    // Exactly what each area's catalogue answers when asked directly.
    type Answer = Record<string, { action: string; allowed: boolean }[]>;
    const alias = (area: string) => area.replace(/-[a-z]/g, (dash) => dash.charAt(1).toUpperCase());
    const fields = defaultRemotes.map(({ area }) => `${alias(area)}: ${alias(area)}Permissions { action allowed }`).join(" ");
    const answer = await workspace.stack.call<Answer>(`{ ${fields} }`, {}, username);
    expect(answer.errors).toBeUndefined();
    const allowed = defaultRemotes.filter(({ area }) =>
      answer.data?.[alias(area)]?.some((entry) => entry.action === "openArea" && entry.allowed),
    );
    expect(listed).toEqual(allowed.map((entry) => entry.title));
    await page.close();
  });

  test("when the API no longer accepts the token, the shell asks to sign in again", async () => {
    // Claims the browser accepts, a signature the gateway refuses (as after a key rotation).
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const claims = { sub: "demo:scheduler", name: "Sam Scheduler", roles: ["scheduler"], exp: Math.floor(Date.now() / 1000) + 3600 };
    const token = `${encode({ alg: "ES256", kid: "rotated" })}.${encode(claims)}.${encode({ forged: true })}`;
    const page = await browser.newPage();
    await page.addInitScript(
      (stored) => sessionStorage.setItem("gantry.session", stored),
      JSON.stringify({ username: "scheduler", token }),
    );
    await page.goto(`${workspace.url}/patients/00000000-0000-4000-8000-000000000000`);
    await page.getByText("Your session has ended. Please sign in again.").waitFor();
    await expect(page.getByRole("button", { name: "Sign in" }).count()).resolves.toBe(1);
    await page.close();
  });

  test("an unreachable remote shows the area's error panel and the rest of the shell keeps working", async () => {
    const broken = defaultRemotes.map((entry) =>
      entry.area === "patients" ? { ...entry, url: "/remotes/patients/assets/no-such-remoteEntry.js" } : entry,
    );
    let web: RunningWebServer | undefined;
    const page = await browser.newPage();
    try {
      web = await startWebServer({
        port: 0,
        host: "127.0.0.1",
        appsDir: fileURLToPath(new URL("../../", import.meta.url)),
        gatewayUrl: workspace.stack.gatewayUrl,
        remotes: broken,
      });
      await signInThroughShell(page, web.url, "scheduler");
      const navigation = page.getByRole("navigation", { name: "Areas" });
      await navigation.getByRole("link", { name: "Patients" }).click();
      const panel = page.getByRole("alert").filter({ hasText: "Patients is unavailable" });
      await expect(panel.textContent()).resolves.toContain("could not be loaded");
      await panel.getByRole("button", { name: "Try again" }).waitFor();

      await navigation.getByRole("link", { name: "Home" }).click();
      await page.getByRole("heading", { name: "Welcome, Sam Scheduler" }).waitFor();
      await page.getByRole("button", { name: "User menu" }).click();
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await page.getByRole("button", { name: "Sign in" }).waitFor();
    } finally {
      await page.close();
      await web?.close();
    }
  });

  // Last: it stops the equipment subgraph of the shared stack.
  test("an area whose subgraph is down stays listed as unavailable, and the others open", async () => {
    await workspace.stack.subgraphs.equipment?.stop();
    const page = await browser.newPage();
    await signInThroughShell(page, workspace.url, "coordinator");
    const navigation = page.getByRole("navigation", { name: "Areas" });
    const equipment = navigation.getByRole("link", { name: "Equipment" });
    await expect(equipment.getAttribute("data-state")).resolves.toBe("unavailable");
    await expect(equipment.textContent()).resolves.toContain("Unavailable right now");
    await expect(navigation.getByRole("link", { name: "Staff" }).getAttribute("data-state")).resolves.toBe("open");

    await equipment.click();
    const panel = page.getByRole("alert").filter({ hasText: "Equipment is unavailable" });
    await expect(panel.textContent()).resolves.toContain("The equipment area is not answering");
    await panel.getByRole("button", { name: "Try again" }).waitFor();

    await navigation.getByRole("link", { name: "Patients" }).click();
    await page.getByRole("heading", { name: "Find a patient" }).waitFor();
    await page.close();
  });
});
