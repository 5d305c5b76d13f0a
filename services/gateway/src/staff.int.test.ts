import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";

// The staff area through the real gateway. (The staff package cannot depend on the gateway's test
// stack without a package cycle, so its federation tests live here.)
let stack: FederatedStack;
beforeAll(async () => {
  stack = await startFederatedStack();
});
afterAll(async () => {
  await stack?.stop();
});

const addStaffMember = /* GraphQL */ `
  mutation ($input: AddStaffMemberInput!) {
    addStaffMember(input: $input) {
      id
    }
  }
`;
const addCredential = /* GraphQL */ `
  mutation ($input: AddCredentialInput!) {
    addCredential(input: $input) {
      id
      kind
    }
  }
`;
const assignShift = /* GraphQL */ `
  mutation ($input: AssignShiftInput!) {
    assignShift(input: $input) {
      id
    }
  }
`;

async function newTechnologist(employeeId: string): Promise<string> {
  const response = await stack.call<{ addStaffMember: { id: string } }>(
    addStaffMember,
    { input: { employeeId, familyName: "Gateway", givenName: employeeId, role: "TECHNOLOGIST", modalities: ["CT"] } },
    "coordinator",
  );
  expect(response.errors).toBeUndefined();
  return response.data?.addStaffMember.id as string;
}

async function countRows(sql: string): Promise<number> {
  const staff = stack.subgraphs.staff;
  if (!staff) throw new Error("the staff area is not registered");
  const [row] = await staff.orm.em.fork().getConnection().execute<{ count: string }[]>(sql);
  return Number(row?.count);
}

describe("staff area through the gateway", () => {
  it("lets a coordinator add credentials and a scheduler read the directory and rota, but not change credentials", async () => {
    const member = await newTechnologist("GW-001");
    const credential = {
      staffMemberId: member,
      kind: "ARRT_CT",
      number: "CT-77",
      issuer: "ARRT",
      issuedOn: "2025-01-01",
      expiresOn: "2027-01-01",
    };
    const asScheduler = await stack.call(addCredential, { input: credential }, "scheduler");
    expect(asScheduler.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const asCoordinator = await stack.call<{ addCredential: { kind: string } }>(addCredential, { input: credential }, "coordinator");
    expect(asCoordinator.data?.addCredential.kind).toBe("ARRT_CT");

    const shift = await stack.call(
      assignShift,
      { input: { staffMemberId: member, modality: "CT", startsAt: "2026-10-05T07:00:00Z", endsAt: "2026-10-05T15:00:00Z" } },
      "manager",
    );
    expect(shift.errors).toBeUndefined();
    const onShift = await stack.call<{ onShift: { staffMember: { id: string; credentials: { kind: string }[] } }[] }>(
      `{ onShift(modality: CT, at: "2026-10-05T09:00:00Z") { staffMember { id credentials { kind } } } }`,
      {},
      "scheduler",
    );
    expect(onShift.errors).toBeUndefined();
    expect(onShift.data?.onShift).toEqual([{ staffMember: { id: member, credentials: [{ kind: "ARRT_CT" }] } }]);

    const directory = await stack.call<{ staffDirectory: { totalCount: number } }>(
      `{ staffDirectory(search: "gateway") { totalCount } }`,
      {},
      "scheduler",
    );
    expect(directory.data?.staffDirectory.totalCount).toBeGreaterThanOrEqual(1);
    const integration = await stack.call(`{ staffDirectory { totalCount } }`, {}, "integration");
    expect(integration.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("answers bad staff input with BAD_USER_INPUT and writes nothing", async () => {
    const member = await newTechnologist("GW-002");
    const before = await countRows(`select count(*)::text as count from credential`);
    const good = { staffMemberId: member, kind: "ARRT_R", number: "R-1", issuer: "ARRT", issuedOn: "2025-01-01", expiresOn: "2027-01-01" };
    const unknownKind = await stack.call(addCredential, { input: { ...good, kind: "ARRT_Q" } }, "coordinator");
    expect(unknownKind.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const backwards = await stack.call(addCredential, { input: { ...good, expiresOn: "2024-06-30" } }, "coordinator");
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const negativeCredits = await stack.call(
      `mutation ($input: LogContinuingEducationInput!) { logContinuingEducation(input: $input) { id } }`,
      { input: { staffMemberId: member, title: "CE", category: "A", credits: -1, completedOn: "2026-01-01" } },
      "coordinator",
    );
    expect(negativeCredits.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const endsFirst = await stack.call(
      assignShift,
      { input: { staffMemberId: member, startsAt: "2026-10-06T15:00:00Z", endsAt: "2026-10-06T07:00:00Z" } },
      "coordinator",
    );
    expect(endsFirst.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await countRows(`select count(*)::text as count from credential`)).toBe(before);
    expect(await countRows(`select count(*)::text as count from continuing_education`)).toBe(0);
  });

  it("lets exactly one of 20 concurrent overlapping shift assignments through the gateway", async () => {
    const member = await newTechnologist("GW-003");
    const attempts = await Promise.all(
      Array.from({ length: 20 }, () =>
        stack.call(
          assignShift,
          { input: { staffMemberId: member, modality: "CT", startsAt: "2026-10-07T07:00:00Z", endsAt: "2026-10-07T19:00:00Z" } },
          "coordinator",
        ),
      ),
    );
    expect(attempts.filter((response) => !response.errors)).toHaveLength(1);
    expect(attempts.filter((response) => response.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(19);
    expect(await countRows(`select count(*)::text as count from shift where staff_member_id = '${member}'`)).toBe(1);
  });
});
