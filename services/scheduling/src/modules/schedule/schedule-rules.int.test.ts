import { randomUUID } from "node:crypto";
import { isPermitted } from "@gantry/auth/permissions";
import { roles, type Role } from "@gantry/auth/roles";
import { addDays } from "@gantry/calendar/calendar";
import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSchedulingService, type TestSchedulingService } from "../../../test/scheduling-service.ts";
import { schedulingPermissions } from "../../permissions.ts";
import { addBlock, addException, asDevices, everyDay, givenHours, openingHours, setWeeklyHours } from "./schedule.test-data.ts";

let service: TestSchedulingService;
beforeAll(async () => {
  service = await startTestSchedulingService();
});
afterAll(async () => {
  await service?.stop();
});

const today = departmentToday();
const tables = ["schedule_hours", "schedule_exception", "reserved_block"];
const rowCounts = () => Promise.all(tables.map((table) => service.count(table)));
const readFields = [
  "weeklyHours { id }",
  "reservedBlocks { id }",
  "scheduleExceptions(from: $from, to: $to) { id }",
  "openingHours(from: $from, to: $to) { date }",
];
const read = (field: string) =>
  `query ($r: [_Any!]!${field.includes("$from") ? ", $from: Date!, $to: Date!" : ""}) { _entities(representations: $r) { ... on Device { id ${field} } } }`;

describe("who may read and change device schedules", () => {
  it.each([...roles])("lets %s do exactly what readSchedules and manageSchedules allow", async (role: Role) => {
    const device = randomUUID();
    const identity = testIdentity(role);
    const mayRead = isPermitted(identity, schedulingPermissions.readSchedules);
    const mayManage = isPermitted(identity, schedulingPermissions.manageSchedules);
    const before = await rowCounts();
    const writes = [
      await service.call(setWeeklyHours, { deviceId: device, validFrom: today, hours: everyDay(["07:00", "19:00"]) }, role),
      await service.call(addException, { input: { deviceId: device, date: addDays(today, 2), closed: true, reason: "Holiday" } }, role),
      await service.call(
        addBlock,
        { input: { deviceId: device, weekday: 1, starts: "07:00", ends: "08:00", forPriority: "STAT", validFrom: today } },
        role,
      ),
    ];
    for (const write of writes) expect(write.errors?.[0]?.extensions?.code).toBe(mayManage ? undefined : "FORBIDDEN");
    expect(await rowCounts()).toEqual(mayManage ? before.map((count, index) => count + ([7, 1, 1][index] ?? 0)) : before);
    const removals = await Promise.all(
      ["removeScheduleException", "removeReservedBlock"].map((mutation) =>
        service.call(`mutation { ${mutation}(id: "${randomUUID()}") { id } }`, {}, role),
      ),
    );
    // The permission is checked before the id is looked up: an unknown id tells outsiders nothing.
    for (const removal of removals) expect(removal.errors?.[0]?.extensions?.code).toBe(mayManage ? "NOT_FOUND" : "FORBIDDEN");

    for (const field of readFields) {
      const range = field.includes("$from") ? { from: today, to: addDays(today, 6) } : {};
      const answer = await service.call(read(field), { r: asDevices([device]), ...range }, role);
      expect(answer.errors?.[0]?.extensions?.code, field).toBe(mayRead ? undefined : "FORBIDDEN");
    }
  });

  it("matches the catalogue: coordinators and administrators manage, every department role reads", () => {
    const managers = roles.filter((role) => isPermitted(testIdentity(role), schedulingPermissions.manageSchedules));
    expect(managers).toEqual(["coordinator", "administrator"]);
    expect(roles.filter((role) => !isPermitted(testIdentity(role), schedulingPermissions.readSchedules))).toEqual(["integration"]);
  });
});

const device = randomUUID();
const hours = (opens: string, closes: string, weekday = 1) => ({ deviceId: device, validFrom: today, hours: [{ weekday, opens, closes }] });
const exception = (fields: Record<string, unknown>) => ({
  input: { deviceId: device, date: addDays(today, 3), closed: false, opens: "07:00", closes: "12:00", reason: "Clinic", ...fields },
});
const block = (fields: Record<string, unknown>) => ({
  input: { deviceId: device, weekday: 2, starts: "07:00", ends: "08:00", forPriority: "STAT", validFrom: today, ...fields },
});

/** [what is wrong, document, variables, the field named in the problems (null: refused by GraphQL itself)]. */
const badInput: [string, string, Record<string, unknown>, string | null][] = [
  ["an opening time without two-digit hours", setWeeklyHours, hours("7:00", "19:00"), "arguments.hours.0.opens"],
  ["an opening time of 24:00", setWeeklyHours, hours("24:00", "24:00"), "arguments.hours.0.opens"],
  ["a closing time after 24:00", setWeeklyHours, hours("07:00", "24:01"), "arguments.hours.0.closes"],
  ["minute 60", setWeeklyHours, hours("07:00", "12:60"), "arguments.hours.0.closes"],
  ["hour 25", setWeeklyHours, hours("07:00", "25:00"), "arguments.hours.0.closes"],
  ["a time in words", setWeeklyHours, hours("noon", "19:00"), "arguments.hours.0.opens"],
  ["a time with seconds", setWeeklyHours, hours("07:00:00", "19:00"), "arguments.hours.0.opens"],
  ["an empty time", setWeeklyHours, hours("", "19:00"), "arguments.hours.0.opens"],
  ["closing before opening", setWeeklyHours, hours("19:00", "07:00"), "arguments.hours.0.closes"],
  ["closing when opening", setWeeklyHours, hours("07:00", "07:00"), "arguments.hours.0.closes"],
  ["weekday 0", setWeeklyHours, hours("07:00", "19:00", 0), "arguments.hours.0.weekday"],
  ["weekday 8", setWeeklyHours, hours("07:00", "19:00", 8), "arguments.hours.0.weekday"],
  ["a past validFrom", setWeeklyHours, { ...hours("07:00", "19:00"), validFrom: addDays(today, -1) }, "arguments.validFrom"],
  ["30 February", setWeeklyHours, { ...hours("07:00", "19:00"), validFrom: "2027-02-30" }, null],
  ["a device id that is no id", setWeeklyHours, { ...hours("07:00", "19:00"), deviceId: "CT-1" }, "arguments.deviceId"],
  [
    "71 intervals",
    setWeeklyHours,
    { ...hours("07:00", "19:00"), hours: Array.from({ length: 71 }, () => ({ weekday: 1, opens: "07:00", closes: "08:00" })) },
    "arguments.hours",
  ],
  ["a weekday as text", setWeeklyHours, hours("07:00", "19:00", "MONDAY" as unknown as number), null],
  ["an exception both closed and open", addException, exception({ closed: true }), "input.opens"],
  ["an open exception without hours", addException, exception({ opens: null, closes: null }), "input.closes"],
  ["an exception closing before it opens", addException, exception({ opens: "12:00", closes: "07:00" }), "input.closes"],
  ["an exception in the past", addException, exception({ date: addDays(today, -1) }), "input.date"],
  ["a blank reason", addException, exception({ reason: "  \u200b " }), "input.reason"],
  ["a reason of 201 characters", addException, exception({ reason: "x".repeat(201) }), "input.reason"],
  ["a reason over two lines", addException, exception({ reason: "Holiday\nall day" }), "input.reason"],
  ["a block for nobody", addBlock, block({ forPriority: null }), "input.forPriority"],
  ["a block for routine work", addBlock, block({ forPriority: "ROUTINE" }), null],
  ["a block group with a space", addBlock, block({ forGroup: "CT CARDIAC" }), "input.forGroup"],
  ["a block group of 41 characters", addBlock, block({ forGroup: "G".repeat(41) }), "input.forGroup"],
  ["a block ending before it starts", addBlock, block({ starts: "09:00", ends: "08:00" }), "input.ends"],
  [
    "a block ending before it begins to apply",
    addBlock,
    block({ validFrom: addDays(today, 5), validTo: addDays(today, 4) }),
    "input.validTo",
  ],
  ["a block on weekday 9", addBlock, block({ weekday: 9 }), "input.weekday"],
  ["a block beginning in the past", addBlock, block({ validFrom: addDays(today, -7) }), "input.validFrom"],
];

describe("bad schedule input", () => {
  it.each(badInput)("refuses %s with BAD_USER_INPUT and writes nothing", async (_what, document, variables, field) => {
    const before = await rowCounts();
    const answer = await service.call(document, variables);
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    if (field) expect((answer.errors?.[0]?.extensions?.problems as { field: string }[]).map((problem) => problem.field)).toContain(field);
    expect(await rowCounts()).toEqual(before);
  });

  it("names the weekday when two intervals of one day overlap", async () => {
    const before = await rowCounts();
    const answer = await service.call(setWeeklyHours, {
      deviceId: device,
      validFrom: today,
      hours: [
        { weekday: 1, opens: "07:00", closes: "12:00" },
        { weekday: 2, opens: "11:00", closes: "19:00" },
        { weekday: 3, opens: "07:00", closes: "12:00" },
        { weekday: 3, opens: "11:00", closes: "19:00" },
      ],
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors?.[0]?.message).toContain("arguments.hours.3: Wednesday: 11:00–19:00 overlaps 07:00–12:00");
    expect(await rowCounts()).toEqual(before);
    // Touching intervals do not overlap: 07:00–12:00 and 12:00–19:00 are one working day.
    await givenHours(service, device, today, [
      { weekday: 3, opens: "07:00", closes: "12:00" },
      { weekday: 3, opens: "12:00", closes: "19:00" },
    ]);
  });

  it("refuses a backwards or over-long range for reads", async () => {
    for (const [from, to] of [
      [addDays(today, 1), today],
      [today, addDays(today, 366)],
    ]) {
      const answer = await service.call(openingHours, { representations: asDevices([device]), from, to });
      expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(answer.errors?.[0]?.message).toContain("arguments.to");
    }
  });
});
