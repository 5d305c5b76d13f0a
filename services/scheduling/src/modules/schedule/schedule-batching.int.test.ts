import { randomUUID } from "node:crypto";
import { addDays } from "@gantry/calendar/calendar";
import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSchedulingService, type TestSchedulingService } from "../../../test/scheduling-service.ts";
import { addBlock, addException, asDevices, everyDay, givenHours, scheduleManagerOn } from "./schedule.test-data.ts";

let service: TestSchedulingService;
const devices = Array.from({ length: 30 }, () => randomUUID());
const today = departmentToday();
const from = addDays(today, 1);
const to = addDays(today, 31);

beforeAll(async () => {
  service = await startTestSchedulingService();
  for (const [index, device] of devices.entries()) {
    await givenHours(service, device, today, everyDay(["07:00", "12:00"], ["12:00", "19:00"]));
    const exception = { deviceId: device, date: addDays(from, index), closed: true, reason: "Service visit" };
    const block = { deviceId: device, weekday: 1 + (index % 7), starts: "08:00", ends: "08:30", forPriority: "STAT", validFrom: today };
    for (const [document, input] of [
      [addException, exception],
      [addBlock, block],
    ] as const) {
      const answer = await service.call(document, { input });
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    }
  }
});
afterAll(async () => {
  await service?.stop();
});

const everything = `query ($r: [_Any!]!, $from: Date!, $to: Date!) {
  _entities(representations: $r) {
    ... on Device {
      id
      weeklyHours { weekday }
      reservedBlocks { weekday }
      scheduleExceptions(from: $from, to: $to) { date }
      openingHours(from: $from, to: $to) { date open { minutes } reserved { minutes } }
    }
  }
}`;

async function statementsFor(ids: readonly string[]): Promise<string[]> {
  service.statements.length = 0;
  const answer = await service.call<{ _entities: { openingHours: { open: { minutes: number }[] }[] }[] }>(everything, {
    r: asDevices(ids),
    from,
    to,
  });
  expect(answer.errors).toBeUndefined();
  expect(answer.data?._entities).toHaveLength(ids.length);
  expect(answer.data?._entities[0]?.openingHours).toHaveLength(31);
  return [...service.statements];
}

describe("schedules are read in batches", () => {
  it("answers every schedule field of 30 devices over a month with one statement per table and field, as for 3", async () => {
    const thirty = await statementsFor(devices);
    // weeklyHours, reservedBlocks, scheduleExceptions: one each; openingHours: hours, exceptions, blocks.
    expect(thirty).toHaveLength(6);
    expect(thirty.filter((sql) => /from "schedule_hours"/i.test(sql))).toHaveLength(2);
    expect(thirty.filter((sql) => /from "schedule_exception"/i.test(sql))).toHaveLength(2);
    expect(thirty.filter((sql) => /from "reserved_block"/i.test(sql))).toHaveLength(2);
    expect(await statementsFor(devices.slice(0, 3))).toHaveLength(6);
  });

  it("gives hoursOf every device asked for, in three statements, sorted and joined where periods touch", async () => {
    const unknown = randomUUID();
    service.statements.length = 0;
    const hours = await scheduleManagerOn(service).hoursOf([...devices, unknown, "not-a-device"], from, to);
    expect(service.statements).toHaveLength(3);
    expect(hours.size).toBe(32);
    expect(hours.get(unknown)).toEqual({ open: [], reserved: [] });
    expect(hours.get("not-a-device")).toEqual({ open: [], reserved: [] });
    const first = hours.get(devices[0] ?? "");
    // 07:00–12:00 and 12:00–19:00 are one period a day; the device's closed day drops out: 30 of 31 days.
    expect(first?.open).toHaveLength(30);
    expect(first?.open.every((period) => period.endsAt.getTime() - period.startsAt.getTime() === 12 * 3_600_000)).toBe(true);
    expect(first?.open.map((period) => period.startsAt.getTime())).toEqual(
      [...(first?.open.map((period) => period.startsAt.getTime()) ?? [])].sort((a, b) => a - b),
    );
    expect(first?.reserved.every((period) => period.forPriority === "stat" && period.forGroup === null)).toBe(true);
    expect(first?.reserved.length).toBeGreaterThanOrEqual(4);
  });

  it("costs no statement at all for no devices", async () => {
    service.statements.length = 0;
    expect((await scheduleManagerOn(service).hoursOf([], from, to)).size).toBe(0);
    expect(service.statements).toHaveLength(0);
  });
});
