import { defaultRemotes } from "@gantry/stack/remotes";
import { launchChromium, recordScripts } from "@gantry/ui-testing/browser";
import { carriesReact } from "@gantry/ui-testing/react-once";
import { signInThroughShell } from "@gantry/ui-testing/sign-in";
import { startWorkspace, type RunningWorkspace } from "@gantry/ui-testing/workspace";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startRemoteHost, type RemoteHost } from "./remote-host.ts";

let remoteHost: RemoteHost;
let workspace: RunningWorkspace;
let browser: Browser;

beforeAll(async () => {
  // The manifest points the Patients area at another origin; the build must find its chunks there.
  remoteHost = await startRemoteHost();
  const remotes = defaultRemotes.map((entry) => (entry.area === "patients" ? { ...entry, url: remoteHost.remoteEntryUrl } : entry));
  workspace = await startWorkspace({ remotes });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await workspace?.stop();
  await remoteHost?.close();
});

async function signIn(username: string, path = "/patients"): Promise<Page> {
  const page = await browser.newPage();
  await signInThroughShell(page, workspace.url, username);
  await page.goto(`${workspace.url}${path}`);
  return page;
}

async function fillPatient(page: Page, values: { family: string; given: string; born: string; mrn?: string }): Promise<void> {
  await page.getByTestId("patient-form-mrn").fill(values.mrn ?? "");
  await page.getByTestId("patient-form-family-name").fill(values.family);
  await page.getByTestId("patient-form-given-name").fill(values.given);
  await page.getByTestId("patient-form-birth-date").fill(values.born);
  await page.getByTestId("patient-form-birth-date").press("Tab");
  await page.getByTestId("patient-form-sex").click();
  await page.getByRole("option", { name: "Female" }).click();
}

/** Patient search by the API, to prove what the UI did or did not write. */
async function patientsNamed(family: string): Promise<{ id: string; mrn: string }[]> {
  const result = await workspace.stack.call<{ searchPatients: { nodes: { id: string; mrn: string }[] } }>(
    "query ($f: PatientSearch!) { searchPatients(filter: $f) { nodes { id mrn } } }",
    { f: { familyName: family } },
    "scheduler",
  );
  return result.data?.searchPatients.nodes ?? [];
}

describe("the Patients remote, served from another origin", () => {
  let patientId = "";
  let duplicateMrn = "";

  test("registration checks the form like the server, flags a possible duplicate and registers on confirmation", async () => {
    const page = await signIn("scheduler");
    const scripts = recordScripts(page);
    await page.getByRole("heading", { name: "Find a patient" }).waitFor();
    await page.getByTestId("patients-register-link").click();

    await fillPatient(page, { family: "Nakamura", given: "Aiko", born: "2999-01-01", mrn: "X12" });
    await page.getByTestId("patient-register-submit").click();
    await page.getByText("Birth date must not be in the future").waitFor();
    await page.getByText("MRN must be up to 3 letters followed by 6 to 10 digits").waitFor();
    await expect(patientsNamed("Nakamura")).resolves.toEqual([]);

    await fillPatient(page, { family: "Nakamura", given: "Aiko", born: "1979-06-02" });
    await page.getByTestId("patient-register-submit").click();
    await expect(page.getByTestId("patient-name").textContent()).resolves.toContain("Nakamura");
    const firstMrn = (await page.getByTestId("patient-mrn").textContent()) ?? "";
    patientId = new URL(page.url()).pathname.split("/")[2] ?? "";

    // Same name and birth date: the server refuses with CONFLICT and the form offers the way on.
    await page.goto(`${workspace.url}/patients/new`);
    await fillPatient(page, { family: "Nakamura", given: "Aiko", born: "1979-06-02" });
    await page.getByTestId("patient-register-submit").click();
    const duplicate = page.getByTestId("patient-register-duplicate");
    await expect(duplicate.textContent()).resolves.toContain(firstMrn);
    await expect(patientsNamed("Nakamura")).resolves.toHaveLength(1);
    await duplicate.getByRole("button", { name: "Register as a different person" }).click();
    await page.getByTestId("patient-name").waitFor();
    const secondMrn = (await page.getByTestId("patient-mrn").textContent()) ?? "";
    expect(secondMrn).not.toBe(firstMrn);
    duplicateMrn = secondMrn;
    await expect(patientsNamed("Nakamura")).resolves.toHaveLength(2);

    await page.goto(`${workspace.url}/patients`);
    await page.getByTestId("patient-search-family-name").fill("nakam");
    await page.getByTestId("patient-search-birth-date").fill("1979-06-02");
    await page.getByTestId("patient-search-birth-date").press("Tab");
    await page.getByTestId("patient-search-submit").click();
    await expect(page.getByTestId("patient-search-count").textContent()).resolves.toBe("2 patients");
    await page.locator(`[data-testid="patient-search-row"][data-mrn="${firstMrn}"]`).getByRole("link").click();
    await expect(page.getByTestId("patient-mrn").textContent()).resolves.toBe(firstMrn);

    // Every remote file came from the remote's own host, and none of them carries React.
    const remoteScripts = scripts.filter((url) => url.startsWith(new URL(remoteHost.remoteEntryUrl).origin));
    expect(remoteScripts.some((url) => url.endsWith("/assets/remoteEntry.js"))).toBe(true);
    expect(remoteScripts.some((url) => url.includes("__federation_expose_Area"))).toBe(true);
    expect(scripts.filter((url) => new URL(url).pathname.startsWith("/remotes/patients/"))).toEqual([]);
    const bodies = await Promise.all(remoteScripts.map(async (url) => (await fetch(url)).text()));
    expect(bodies.filter(carriesReact)).toEqual([]);
    await page.close();
  });

  test("the front desk adds and verifies coverage; who verified and when is shown", async () => {
    const page = await signIn("scheduler", `/patients/${patientId}/coverage`);
    await page.getByRole("button", { name: "Add coverage" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Payer").fill("Blue Cross");
    await dialog.getByLabel("Member ID").fill("bad id!");
    await dialog.getByRole("button", { name: "Add coverage" }).click();
    await dialog.getByText("Member id may contain only letters, digits, spaces and . / -").waitFor();
    await dialog.getByLabel("Member ID").fill("XQB-4471");
    await dialog.getByRole("button", { name: "Add coverage" }).click();
    const row = page.getByTestId("coverage-row").filter({ hasText: "Blue Cross" });
    await expect(row.textContent()).resolves.toContain("Not verified");

    await row.getByRole("button", { name: "Verify coverage Blue Cross" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Record verification" }).click();
    await row.getByText("Eligible").waitFor();
    await expect(row.textContent()).resolves.toContain("Sam Scheduler");
    await page.close();
  });

  test("the front desk edits details, records a prior authorization decision and a consent", async () => {
    const page = await signIn("scheduler", `/patients/${patientId}`);
    await page.getByTestId("patient-edit").click();
    await page.getByLabel("Email").fill("not an email");
    await page.getByTestId("patient-edit-save").click();
    await page.getByText("Email must be an email address").waitFor();
    await page.getByLabel("Email").fill("aiko.nakamura@example.org");
    await page.getByTestId("patient-edit-save").click();
    await page.getByTestId("patient-details").getByText("aiko.nakamura@example.org").waitFor();

    await page.getByTestId("patient-tab-prior-authorizations").click();
    await page.getByRole("button", { name: "Request prior authorization" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByLabel("Order").fill("ORD-1001");
    await dialog.getByLabel("Procedure code").fill("MRBRAIN");
    await dialog.getByRole("button", { name: "Request authorization" }).click();
    const authorization = page.getByTestId("prior-authorization-row").filter({ hasText: "ORD-1001" });
    await expect(authorization.textContent()).resolves.toContain("Requested");
    await authorization.getByRole("button", { name: "Record decision for order ORD-1001" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Record decision" }).click();
    await dialog.getByText("An approval needs the first valid day").waitFor();
    await dialog.getByLabel("Valid from").fill("2026-01-01");
    await dialog.getByLabel("Valid until").fill("2099-12-31");
    await dialog.getByLabel("Valid until").press("Tab");
    await dialog.getByRole("button", { name: "Record decision" }).click();
    await authorization.getByText("Approved").waitFor();
    await expect(authorization.textContent()).resolves.toContain("Sam Scheduler");

    await page.getByTestId("patient-tab-consent").click();
    await page.getByRole("button", { name: "Record consent" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Consent for").click();
    await page.getByRole("option", { name: "Contrast" }).click();
    await dialog.getByRole("button", { name: "Record consent" }).click();
    const consent = page.getByTestId("consent-row").filter({ hasText: "Contrast" });
    await expect(consent.textContent()).resolves.toContain("Aiko Nakamura");
    await consent.getByRole("button", { name: "Revoke" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Reason").fill("Patient changed their mind");
    await dialog.getByRole("button", { name: "Revoke consent" }).click();
    await consent.getByText("Revoked").waitFor();
    await expect(consent.textContent()).resolves.toContain("Patient changed their mind");
    await page.close();
  });

  test("a technologist records a safety screening: alerts show, each answer with who gave it", async () => {
    const page = await signIn("technologist", `/patients/${patientId}/safety-screening`);
    await page.getByTestId("screening-missing").waitFor();
    await page.getByRole("button", { name: "Record new screening" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radiogroup", { name: "Contrast allergy" }).getByText("Yes").click();
    await dialog.getByLabel("Weight (kg)").fill("64");
    await dialog.getByRole("button", { name: "Record screening" }).click();
    const current = page.getByTestId("screening-current");
    await current.getByText("Contrast allergy", { exact: true }).first().waitFor();
    const answers = page.getByTestId("screening-answers");
    await expect(answers.getByRole("row").filter({ hasText: "Weight" }).textContent()).resolves.toContain("Taylor Technologist");
    // Technologists screen but do not edit demographics.
    await page.getByTestId("patient-tab-details").click();
    await page.getByTestId("patient-details").waitFor();
    await expect(page.getByTestId("patient-edit").count()).resolves.toBe(0);
    await page.close();
  });

  test("a radiologist reads the record but is offered no write actions", async () => {
    const page = await signIn("radiologist", `/patients/${patientId}/coverage`);
    await page.getByTestId("coverage-row").first().waitFor();
    await expect(page.getByRole("button", { name: /Add coverage|Verify/ }).count()).resolves.toBe(0);
    await page.goto(`${workspace.url}/patients`);
    await page.getByRole("heading", { name: "Find a patient" }).waitFor();
    await expect(page.getByTestId("patients-register-link").count()).resolves.toBe(0);
    await page.close();
  });

  test("the front desk merges the duplicate into the first record, which keeps the trail", async () => {
    const page = await signIn("scheduler", `/patients/${patientId}`);
    await page.getByTestId("patient-merge").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Duplicate's MRN").fill(duplicateMrn);
    await dialog.getByRole("button", { name: "Look up" }).click();
    await expect(dialog.getByTestId("merge-duplicate").textContent()).resolves.toContain("Nakamura, Aiko");
    await dialog.getByLabel("Why are they the same person?").fill("Registered twice at two desks");
    await dialog.getByRole("button", { name: "Merge records" }).click();
    const history = page.getByTestId("merge-history");
    await expect(history.textContent()).resolves.toContain(duplicateMrn);
    await expect(history.textContent()).resolves.toContain("Registered twice at two desks");
    await expect(patientsNamed("Nakamura")).resolves.toHaveLength(1);
    await page.close();
  });
});
