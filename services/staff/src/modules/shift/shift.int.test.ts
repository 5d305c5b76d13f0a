import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStaffService, type TestStaffService } from "../../../test/staff-service.ts";

let service: TestStaffService;
beforeAll(async () => {
  service = await startTestStaffService();
});
afterAll(async () => {
  await service.stop();
});

const assign = /* GraphQL */ `
  mutation ($input: AssignShiftInput!) {
    assignShift(input: $input) {
      id
      startsAt
      endsAt
      modality
      kind
      staffMember {
        id
      }
    }
  }
`;
type Assigned = { assignShift: { id: string; staffMember: { id: string } } };

async function shiftRows(staffMemberId: string): Promise<number> {
  const [row] = await service.orm.em
    .fork()
    .getConnection()
    .execute<
      { count: string }[]
    >(`select count(*)::text as count from shift where staff_member_id = ? and cancelled_at is null`, [staffMemberId]);
  return Number(row?.count);
}

async function assignOk(staffMemberId: string, startsAt: string, endsAt: string, modality = "CT"): Promise<string> {
  const response = await service.call<Assigned>(assign, { input: { staffMemberId, startsAt, endsAt, modality, location: "CT-1" } });
  expect(response.errors).toBeUndefined();
  return response.data?.assignShift.id as string;
}

describe("shifts", () => {
  it("refuses an overlapping shift for the same person with CONFLICT", async () => {
    const member = await service.addStaffMember();
    await assignOk(member, "2026-05-04T07:00:00Z", "2026-05-04T15:00:00Z");
    const overlapping = await service.call(assign, {
      input: { staffMemberId: member, startsAt: "2026-05-04T14:00:00Z", endsAt: "2026-05-04T22:00:00Z", modality: "CT" },
    });
    expect(overlapping.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(overlapping.errors?.[0]?.message).toMatch(/already has a shift overlapping/);
    // Back to back is not an overlap: ranges are half-open.
    await assignOk(member, "2026-05-04T15:00:00Z", "2026-05-04T19:00:00Z");
    // Another person may work the same hours.
    await assignOk(await service.addStaffMember(), "2026-05-04T07:00:00Z", "2026-05-04T15:00:00Z");
    expect(await shiftRows(member)).toBe(2);

    const rota = await service.call<{ staffMember: { shifts: { startsAt: string; endsAt: string }[] } }>(
      `query ($id: ID!) { staffMember(id: $id) { shifts(from: "2026-05-04", to: "2026-05-04") { startsAt endsAt } } }`,
      { id: member },
      "scheduler",
    );
    expect(rota.data?.staffMember.shifts).toEqual([
      { startsAt: "2026-05-04T07:00:00.000Z", endsAt: "2026-05-04T15:00:00.000Z" },
      { startsAt: "2026-05-04T15:00:00.000Z", endsAt: "2026-05-04T19:00:00.000Z" },
    ]);
    const nextDay = await service.call<{ staffMember: { shifts: unknown[] } }>(
      `query ($id: ID!) { staffMember(id: $id) { shifts(from: "2026-05-05", to: "2026-05-06") { id } } }`,
      { id: member },
    );
    expect(nextDay.data?.staffMember.shifts).toEqual([]);
  });

  it("lets exactly one of 20 concurrent overlapping assignments through", async () => {
    const member = await service.addStaffMember();
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        service.call<Assigned>(assign, {
          input: {
            staffMemberId: member,
            startsAt: `2026-06-01T${String(7 + (index % 4)).padStart(2, "0")}:00:00Z`,
            endsAt: "2026-06-01T19:00:00Z",
            modality: "MR",
          },
        }),
      ),
    );
    const succeeded = attempts.filter((response) => !response.errors);
    expect(succeeded).toHaveLength(1);
    expect(attempts.filter((response) => response.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(19);
    expect(await shiftRows(member)).toBe(1);
  });

  it("refuses a shift ending before it starts with BAD_USER_INPUT and writes nothing", async () => {
    const member = await service.addStaffMember();
    const before = await service.count("shift");
    const backwards = await service.call(assign, {
      input: { staffMemberId: member, startsAt: "2026-05-05T15:00:00Z", endsAt: "2026-05-05T07:00:00Z" },
    });
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(backwards.errors?.[0]?.message).toContain("endsAt");
    const tooLong = await service.call(assign, {
      input: { staffMemberId: member, startsAt: "2026-05-05T07:00:00Z", endsAt: "2026-05-06T08:00:00Z" },
    });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await service.count("shift")).toBe(before);
  });

  it("lets a scheduler see who is on shift but not assign shifts", async () => {
    const member = await service.addStaffMember({ familyName: "Onshift" });
    await assignOk(member, "2026-07-01T07:00:00Z", "2026-07-01T19:00:00Z", "US");
    const onShift = await service.call<{ onShift: { staffMember: { id: string; name: { family: string } } }[] }>(
      `{ onShift(modality: US, at: "2026-07-01T12:00:00Z") { staffMember { id name { family } } } }`,
      {},
      "scheduler",
    );
    expect(onShift.errors).toBeUndefined();
    expect(onShift.data?.onShift.map((shift) => shift.staffMember.id)).toEqual([member]);
    const atEnd = await service.call<{ onShift: unknown[] }>(
      `{ onShift(modality: US, at: "2026-07-01T19:00:00Z") { id } }`,
      {},
      "scheduler",
    );
    expect(atEnd.data?.onShift).toEqual([]);

    const before = await service.count("shift");
    const forbidden = await service.call(
      assign,
      { input: { staffMemberId: member, startsAt: "2026-07-02T07:00:00Z", endsAt: "2026-07-02T19:00:00Z" } },
      "scheduler",
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await service.count("shift")).toBe(before);
  });

  it("marks a shift on call and cancels a shift, freeing its time", async () => {
    const member = await service.addStaffMember();
    const id = await assignOk(member, "2026-08-01T19:00:00Z", "2026-08-02T07:00:00Z", "CT");
    const marked = await service.call<{ markOnCall: { kind: string } }>(`mutation ($id: ID!) { markOnCall(shiftId: $id) { kind } }`, {
      id,
    });
    expect(marked.data?.markOnCall.kind).toBe("ON_CALL");
    const onCall = await service.call<{ onCall: { id: string }[] }>(
      `{ onCall(modality: CT, at: "2026-08-01T23:00:00Z") { id } }`,
      {},
      "scheduler",
    );
    expect(onCall.data?.onCall.map((shift) => shift.id)).toEqual([id]);

    const cancel = `mutation ($id: ID!) { cancelShift(shiftId: $id, reason: "Sick leave") { cancelled cancelledBy cancelReason } }`;
    const cancelled = await service.call<{ cancelShift: unknown }>(cancel, { id });
    expect(cancelled.data?.cancelShift).toEqual({ cancelled: true, cancelledBy: "Test coordinator", cancelReason: "Sick leave" });
    expect((await service.call(cancel, { id })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await assignOk(member, "2026-08-01T19:00:00Z", "2026-08-02T07:00:00Z", "CT");
  });

  it("swaps two people's shifts atomically, and refuses a swap that would double-book anyone", async () => {
    const ana = await service.addStaffMember({ familyName: "Ana" });
    const ben = await service.addStaffMember({ familyName: "Ben" });
    const anaMorning = await assignOk(ana, "2026-09-01T07:00:00Z", "2026-09-01T13:00:00Z");
    const benAfternoon = await assignOk(ben, "2026-09-01T13:00:00Z", "2026-09-01T19:00:00Z");
    const swap = `mutation ($a: ID!, $b: ID!) { swapShifts(firstShiftId: $a, secondShiftId: $b) { id staffMember { id } } }`;
    const swapped = await service.call<{ swapShifts: { id: string; staffMember: { id: string } }[] }>(swap, {
      a: anaMorning,
      b: benAfternoon,
    });
    expect(swapped.errors).toBeUndefined();
    expect(swapped.data?.swapShifts).toEqual([
      { id: anaMorning, staffMember: { id: ben } },
      { id: benAfternoon, staffMember: { id: ana } },
    ]);

    // Ben now also works 14:00-20:00. Swapping back would hand him the 13:00-19:00 shift as well:
    // the deferred overlap check refuses it at commit, and neither shift changes hands.
    await assignOk(ben, "2026-09-01T14:00:00Z", "2026-09-01T20:00:00Z", "MR");
    const refused = await service.call(swap, { a: benAfternoon, b: anaMorning });
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const [row] = await service.orm.em
      .fork()
      .getConnection()
      .execute<{ owner: string }[]>(`select staff_member_id as owner from shift where id = ?`, [benAfternoon]);
    expect(row?.owner).toBe(ana);
  });
});
