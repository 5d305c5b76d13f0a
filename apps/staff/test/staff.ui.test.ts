import { launchChromium, recordScripts } from "@gantry/ui-testing/browser";
import { expectReactLoadedOnce } from "@gantry/ui-testing/react-once";
import { openArea, signInThroughShell } from "@gantry/ui-testing/sign-in";
import { startWorkspace, type RunningWorkspace } from "@gantry/ui-testing/workspace";
import { chooseOption, field, fillDate, textOf } from "@gantry/ui-testing/form";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The Staff area as a coordinator and a scheduler use it: the built shell and staff remote in
 * Chromium, over every subgraph and the gateway on real PostgreSQL. The test database starts empty,
 * so the people, credentials and shifts the screens show are created through the API first.
 */

// Shifts are read on the department's clock, which is UTC in tests (GANTRY_TIME_ZONE unset).
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}
const today = day(0);
const tomorrow = day(1);
const monday = (() => {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return day(-((weekday + 6) % 7));
})();

let workspace: RunningWorkspace;
let browser: Browser;
let staffMemberId: string;

async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await workspace.stack.call<T>(query, variables, "coordinator");
  if (response.errors?.length || !response.data) throw new Error(`API call failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

async function signIn(page: Page, username: string): Promise<void> {
  await signInThroughShell(page, workspace.url, username);
  await openArea(page, "Staff");
  await page.getByTestId("staff-directory-table").waitFor();
}

async function fillShiftForm(page: Page, options: { date: string; starts: string; ends: string }): Promise<void> {
  await chooseOption(page, "Staff member", "Okafor", /Ada Okafor/);
  await fillDate(page, "Day", options.date);
  await field(page, "Starts").fill(options.starts);
  await field(page, "Ends").fill(options.ends);
  await chooseOption(page, "Modality", "", /^CT$/);
  await field(page, "Location").fill("CT-2");
  await page.getByRole("button", { name: "Assign shift" }).click();
}

beforeAll(async () => {
  workspace = await startWorkspace();
  browser = await launchChromium();

  const added = await api<{ addStaffMember: { id: string } }>(
    `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
    { input: { employeeId: "E-1001", familyName: "Okafor", givenName: "Ada", role: "TECHNOLOGIST", modalities: ["CT"] } },
  );
  staffMemberId = added.addStaffMember.id;
  await api(`mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`, {
    input: { employeeId: "E-1002", familyName: "Lindqvist", givenName: "Per", role: "SONOGRAPHER", modalities: ["US"] },
  });
  // Expires in 20 days: the 30-day band. Verified, with a passed competency, so Ada counts as CT coverage.
  const credential = await api<{ addCredential: { id: string } }>(
    `mutation ($input: AddCredentialInput!) { addCredential(input: $input) { id } }`,
    { input: { staffMemberId, kind: "ARRT_CT", number: "CT-778812", issuer: "ARRT", issuedOn: day(-700), expiresOn: day(20) } },
  );
  await api(`mutation ($id: ID!) { recordCredentialVerification(id: $id, outcome: VERIFIED) { id } }`, { id: credential.addCredential.id });
  await api(`mutation ($input: RecordCompetencyAssessmentInput!) { recordCompetencyAssessment(input: $input) { id } }`, {
    input: { staffMemberId, modality: "CT", assessedOn: day(-30), result: "PASSED", nextDueOn: day(335) },
  });
  await api(`mutation ($input: AssignShiftInput!) { assignShift(input: $input) { id } }`, {
    input: { staffMemberId, startsAt: `${today}T07:00:00Z`, endsAt: `${today}T15:00:00Z`, modality: "CT", location: "CT-1" },
  });
});

afterAll(async () => {
  await browser?.close();
  await workspace?.stop();
});

describe("Staff area", () => {
  it("lets a coordinator find a person, read their credentials and expirations, and assign shifts", async () => {
    const page = await browser.newPage();
    const scripts = recordScripts(page);
    await signIn(page, "coordinator");

    // Directory: search narrows the table to Ada, filtering by role agrees.
    await page.getByLabel("Search staff").fill("Okafor");
    await page.getByTestId("staff-directory-row").filter({ hasText: "Per Lindqvist" }).waitFor({ state: "detached" });
    expect(await page.getByTestId("staff-directory-row").allInnerTexts()).toEqual([expect.stringContaining("Ada Okafor")]);
    await page.getByRole("link", { name: "Ada Okafor" }).click();

    // Her credentials: the CT registry, verified, in the 30-day band.
    const credentialRow = page.getByTestId("credential-row").filter({ hasText: "ARRT (CT)" });
    await credentialRow.waitFor();
    const credentialText = await textOf(credentialRow);
    expect(credentialText).toContain("CT-778812");
    expect(credentialText).toContain("Within 30 days");
    expect(credentialText).toContain("20 days left");
    expect(credentialText).toContain("Verified");
    await page.getByRole("tab", { name: "Continuing education", exact: true }).click();
    expect(await textOf(page.getByTestId("ce-progress"))).toContain("0 of 24 credits");

    // A BLS card added through the form starts unverified; recording the check marks it verified.
    await page.getByRole("tab", { name: "Credentials", exact: true }).click();
    await page.getByRole("link", { name: "Add credential" }).click();
    await chooseOption(page, "Credential", "", /^BLS$/);
    await field(page, "Number").fill("BLS-4411");
    await field(page, "Issuer").fill("American Heart Association");
    await fillDate(page, "Issued on", day(-10));
    await fillDate(page, "Expires on", day(720));
    await page.getByRole("button", { name: "Add credential" }).click();
    const bls = page.getByTestId("credential-row").filter({ hasText: "BLS-4411" });
    await bls.waitFor();
    expect(await textOf(bls.getByTestId("credential-verification"))).toBe("Unverified");
    await bls.getByRole("link", { name: "Renew or verify" }).click();
    await page.getByRole("button", { name: "Verified with issuer" }).click();
    await page.getByText(/^Last checked by Casey Coordinator on /).waitFor();
    expect(await textOf(page.getByTestId("credential-verification"))).toBe("Verified");

    // Expirations view lists her credential in the 30-day band.
    await page.getByRole("tab", { name: "Credential expirations", exact: true }).click();
    const expiration = page.getByTestId("expiration-row").filter({ hasText: "Ada Okafor" });
    await expiration.waitFor();
    expect(await expiration.getAttribute("data-band")).toBe("WITHIN_30_DAYS");
    expect(await textOf(expiration)).toContain("ARRT (CT)");

    // Roster: the API-assigned shift today; CT is uncovered after 15:00.
    await page.getByRole("tab", { name: "Shift roster", exact: true }).click();
    const todayCell = page.getByTestId(`roster-cell-CT-${today}`);
    await todayCell.getByTestId("roster-shift").waitFor();
    expect(await textOf(todayCell)).toContain("Ada Okafor");
    expect(await textOf(todayCell)).toContain("07:00–15:00");
    await todayCell.getByTestId("roster-gap").filter({ hasText: "15:00–19:00" }).waitFor();
    expect(await todayCell.getAttribute("data-gap")).toBe("true");

    // Assign tomorrow's shift through the form; it appears on the roster.
    await page.getByTestId("roster-assign-shift").click();
    await fillShiftForm(page, { date: tomorrow, starts: "07:00", ends: "15:00" });
    const tomorrowCell = page.getByTestId(`roster-cell-CT-${tomorrow}`);
    await tomorrowCell.getByTestId("roster-shift").waitFor();
    expect(await textOf(tomorrowCell)).toContain("Ada Okafor");
    expect(await textOf(tomorrowCell)).toContain("CT-2");

    // An overlapping shift is refused, and the form says why.
    await page.goto(`${workspace.url}/staff/roster/assign?week=${monday}`);
    await fillShiftForm(page, { date: tomorrow, starts: "12:00", ends: "20:00" });
    const conflict = page.getByTestId("assign-shift-conflict");
    await conflict.waitFor();
    expect(await textOf(conflict)).toContain("overlaps another shift");
    expect(await textOf(conflict)).toContain("12:00–20:00");
    expect(await textOf(conflict)).toContain("Ada Okafor already has a shift overlapping");
    const shifts = await api<{ staffMember: { shifts: { startsAt: string }[] } }>(
      `query ($id: ID!, $from: Date!, $to: Date!) { staffMember(id: $id) { shifts(from: $from, to: $to) { startsAt } } }`,
      { id: staffMemberId, from: today, to: tomorrow },
    );
    expect(shifts.staffMember.shifts.map((shift) => shift.startsAt).sort()).toEqual([
      `${today}T07:00:00.000Z`,
      `${tomorrow}T07:00:00.000Z`,
    ]);

    // React came once, from the shell: none of the remote's React fallback chunks was fetched.
    await expectReactLoadedOnce(scripts, "staff");
    await page.close();
  });

  it("shows a scheduler the roster read-only, without shift assignment", async () => {
    const page = await browser.newPage();
    await signIn(page, "scheduler");
    // The directory filters by role.
    await chooseOption(page, "Role", "", /^Sonographer$/);
    await page.getByTestId("staff-directory-row").filter({ hasText: "Ada Okafor" }).waitFor({ state: "detached" });
    expect(await page.getByTestId("staff-directory-row").allInnerTexts()).toEqual([expect.stringContaining("Per Lindqvist")]);

    await page.getByRole("tab", { name: "Shift roster", exact: true }).click();
    const todayCell = page.getByTestId(`roster-cell-CT-${today}`);
    await todayCell.getByTestId("roster-shift").waitFor();
    expect(await textOf(todayCell)).toContain("Ada Okafor");
    await page.getByTestId("roster-read-only").waitFor();
    expect(await page.getByRole("button", { name: "Assign shift" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Assign shift" }).count()).toBe(0);

    // Going to the form's address directly does not offer it either.
    await page.goto(`${workspace.url}/staff/roster/assign`);
    await page.getByTestId("assign-shift-forbidden").waitFor();
    expect(await page.getByLabel("Staff member").count()).toBe(0);
    await page.close();
  });

  it("lets a coordinator link a person's sign-in account, and unlink it after a confirmation", async () => {
    const page = await browser.newPage();
    await signIn(page, "coordinator");
    await page.goto(`${workspace.url}/staff/members/${staffMemberId}`);
    const card = page.getByTestId("sign-in-account");
    await card.getByText(/Not linked/).waitFor();
    await card.getByLabel(/Sign-in account/).fill("demo:technologist");
    await card.getByRole("button", { name: "Link account" }).click();
    await expect.poll(() => card.getAttribute("data-linked")).toBe("true");
    // The technologist, signed in, is that person to the API now.
    const mine = await workspace.stack.call<{ myStaffRecord: { id: string } | null }>(`{ myStaffRecord { id } }`, {}, "technologist");
    expect(mine.data?.myStaffRecord?.id).toBe(staffMemberId);
    await card.getByRole("button", { name: "Unlink account" }).click();
    await card.getByText(/will no longer see their own worklist/).waitFor();
    await card.getByRole("button", { name: "Unlink", exact: true }).click();
    await expect.poll(() => card.getAttribute("data-linked")).toBe("false");
    await page.close();

    // A scheduler sees whether it is linked, and nothing to change it with.
    const reader = await browser.newPage();
    await signIn(reader, "scheduler");
    await reader.goto(`${workspace.url}/staff/members/${staffMemberId}`);
    await reader
      .getByTestId("sign-in-account")
      .getByText(/Not linked/)
      .waitFor();
    expect(await reader.getByRole("button", { name: "Link account" }).count()).toBe(0);
    await reader.close();
  });

  it("offers the imaging manager shift assignment, as the API's catalogue allows", async () => {
    const page = await browser.newPage();
    await signIn(page, "manager");
    await page.getByRole("tab", { name: "Shift roster", exact: true }).click();
    await page.getByTestId("roster-assign-shift").waitFor();
    expect(await page.getByTestId("roster-read-only").count()).toBe(0);
    await page.close();
  });
});
