import { randomUUID } from "node:crypto";
import { addDays } from "@gantry/calendar/calendar";
import { departmentToday } from "@gantry/subgraph-kit/department-clock";
import { expectMigrationsMatchEntities } from "@gantry/testing/schema-drift";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSchedulingService, type TestSchedulingService } from "../../../test/scheduling-service.ts";
import { migrations } from "../../database/migrations.ts";
import { scheduleEntities } from "./schedule.entity.ts";
import {
  addBlock,
  addException,
  asDevices,
  everyDay,
  givenHours,
  openingHours,
  setWeeklyHours,
  type OpeningHoursAnswer,
} from "./schedule.test-data.ts";
import { isoWeekday } from "./wall-clock.ts";

let service: TestSchedulingService;
beforeAll(async () => {
  service = await startTestSchedulingService();
});
afterAll(async () => {
  await service?.stop();
});

// This file runs on the test default zone (UTC); schedule-dst.int.test.ts runs the module in New York.
const today = departmentToday();
const weekdays = (opens: string, closes: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }));
/** The first date on or after `date` falling on an ISO weekday. */
const nextWeekday = (date: string, weekday: number) => addDays(date, (weekday - isoWeekday(date) + 7) % 7);

async function daysOf(deviceId: string, from: string, to: string) {
  const answer = await service.call<OpeningHoursAnswer>(openingHours, { representations: asDevices([deviceId]), from, to });
  expect(answer.errors).toBeUndefined();
  return new Map((answer.data?._entities[0]?.openingHours ?? []).map((day) => [day.date, day]));
}

describe("device schedules: the tables", () => {
  it("map the committed migration exactly", async () => {
    await expectMigrationsMatchEntities({ database: "gantry_scheduling", entities: scheduleEntities, migrations });
  });
});

describe("weekly hours", () => {
  it("replace the device's pattern from a date, ending the earlier one the day before and keeping it", async () => {
    const device = randomUUID();
    const firstMonday = nextWeekday(addDays(today, 1), 1);
    const laterMonday = addDays(firstMonday, 14);
    const first = await service.call<{ setWeeklyHours: { validTo: string | null; createdBy: string; device: { id: string } }[] }>(
      setWeeklyHours,
      { deviceId: device, validFrom: firstMonday, hours: weekdays("08:00", "16:00") },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.setWeeklyHours).toHaveLength(5);
    expect(first.data?.setWeeklyHours[0]).toMatchObject({ validTo: null, createdBy: "Test coordinator", device: { id: device } });

    await givenHours(service, device, laterMonday, [...weekdays("07:00", "12:00"), ...weekdays("12:30", "19:00")]);
    expect(await service.count(`schedule_hours where device_id = '${device}'`)).toBe(15);
    expect(await service.count(`schedule_hours where device_id = '${device}' and valid_to = '${addDays(laterMonday, -1)}'`)).toBe(5);

    // A correction on the same date replaces the rows that had not begun; the earlier ones stay ended.
    await givenHours(service, device, laterMonday, everyDay(["07:00", "19:00"]));
    expect(await service.count(`schedule_hours where device_id = '${device}'`)).toBe(12);

    const listed = await service.call<{
      _entities: { weeklyHours: { weekday: number; opens: string; closes: string; validTo: string | null }[] }[];
    }>(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Device { weeklyHours { weekday opens closes validTo } } } }`, {
      r: asDevices([device]),
    });
    const rows = listed.data?._entities[0]?.weeklyHours ?? [];
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ weekday: 1, opens: "08:00", closes: "16:00", validTo: addDays(laterMonday, -1) });

    const days = await daysOf(device, firstMonday, addDays(laterMonday, 6));
    expect(days.get(firstMonday)?.open).toEqual([
      { startsAt: `${firstMonday}T08:00:00.000Z`, endsAt: `${firstMonday}T16:00:00.000Z`, minutes: 480 },
    ]);
    expect(days.get(addDays(firstMonday, 5))?.open).toEqual([]); // Saturday, before the every-day pattern
    expect(days.get(addDays(laterMonday, 5))?.open).toEqual([
      { startsAt: `${addDays(laterMonday, 5)}T07:00:00.000Z`, endsAt: `${addDays(laterMonday, 5)}T19:00:00.000Z`, minutes: 720 },
    ]);

    // No intervals: closed every day from then on.
    await givenHours(service, device, addDays(laterMonday, 7), []);
    const closed = await daysOf(device, addDays(laterMonday, 6), addDays(laterMonday, 8));
    expect([...closed.values()].map((day) => day.open.length)).toEqual([1, 0, 0]);
  });
});

describe("exceptions and reserved blocks", () => {
  it("let a date's exception replace the week's hours and clip reserved blocks to what is open", async () => {
    const device = randomUUID();
    await givenHours(service, device, today, everyDay(["07:00", "19:00"]));
    const holiday = addDays(today, 10);
    const extended = addDays(today, 11);
    const closedDay = await service.call<{ addScheduleException: { id: string; createdBy: string; opens: string | null } }>(addException, {
      input: { deviceId: device, date: holiday, closed: true, reason: "Public holiday" },
    });
    expect(closedDay.data?.addScheduleException).toEqual(expect.objectContaining({ createdBy: "Test coordinator", opens: null }));
    const longDay = await service.call(addException, {
      input: { deviceId: device, date: extended, closed: false, opens: "07:00", closes: "22:00", reason: "Backlog clinic" },
    });
    expect(longDay.errors).toBeUndefined();
    const twice = await service.call(addException, { input: { deviceId: device, date: holiday, closed: true, reason: "Again" } });
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await service.count(`schedule_exception where device_id = '${device}'`)).toBe(2);

    const stat = await service.call<{ addReservedBlock: { id: string; forPriority: string; starts: string } }>(addBlock, {
      input: { deviceId: device, weekday: isoWeekday(holiday), starts: "06:30", ends: "08:00", forPriority: "STAT", validFrom: today },
    });
    expect(stat.data?.addReservedBlock).toMatchObject({ forPriority: "STAT", starts: "06:30" });
    const cardiac = await service.call<{ addReservedBlock: { id: string } }>(addBlock, {
      input: { deviceId: device, weekday: isoWeekday(extended), starts: "21:00", ends: "23:00", forGroup: "CT-CARDIAC", validFrom: today },
    });
    // The same time kept twice is refused, whatever for; the next half hour is not the same time.
    const overlapping = await service.call(addBlock, {
      input: { deviceId: device, weekday: isoWeekday(holiday), starts: "07:30", ends: "09:00", forGroup: "CT-CARDIAC", validFrom: today },
    });
    expect(overlapping.errors?.[0]).toMatchObject({
      extensions: { code: "CONFLICT" },
      message: expect.stringMatching(/overlapping 07:30–09:00/),
    });
    const touching = await service.call<{ addReservedBlock: { id: string } }>(addBlock, {
      input: { deviceId: device, weekday: isoWeekday(holiday), starts: "08:00", ends: "08:30", forGroup: "CT-CARDIAC", validFrom: today },
    });
    expect(touching.errors).toBeUndefined();
    await service.call(`mutation ($id: ID!) { removeReservedBlock(id: $id) { id } }`, { id: touching.data?.addReservedBlock.id });

    const days = await daysOf(device, holiday, addDays(extended, 7));
    expect(days.get(holiday)).toMatchObject({ exception: { reason: "Public holiday" }, open: [], reserved: [] });
    expect(days.get(extended)?.open).toEqual([
      { startsAt: `${extended}T07:00:00.000Z`, endsAt: `${extended}T22:00:00.000Z`, minutes: 900 },
    ]);
    expect(days.get(extended)?.reserved).toEqual([
      {
        startsAt: `${extended}T21:00:00.000Z`,
        endsAt: `${extended}T22:00:00.000Z`,
        minutes: 60,
        forPriority: null,
        forGroup: "CT-CARDIAC",
      },
    ]);
    const weekLater = addDays(holiday, 7);
    expect(days.get(weekLater)?.reserved).toEqual([
      { startsAt: `${weekLater}T07:00:00.000Z`, endsAt: `${weekLater}T08:00:00.000Z`, minutes: 60, forPriority: "STAT", forGroup: null },
    ]);
    expect(days.get(addDays(extended, 7))?.reserved).toEqual([]); // 21:00–23:00 lies outside 07:00–19:00

    const listed = await service.call<{ _entities: { scheduleExceptions: { date: string; closed: boolean }[] }[] }>(
      `query ($r: [_Any!]!, $from: Date!, $to: Date!) { _entities(representations: $r) { ... on Device { scheduleExceptions(from: $from, to: $to) { date closed } } } }`,
      { r: asDevices([device]), from: today, to: addDays(today, 30) },
    );
    expect(listed.data?._entities[0]?.scheduleExceptions).toEqual([
      { date: holiday, closed: true },
      { date: extended, closed: false },
    ]);

    const removed = await service.call(`mutation ($id: ID!) { removeScheduleException(id: $id) { date } }`, {
      id: closedDay.data?.addScheduleException.id,
    });
    expect(removed.errors).toBeUndefined();
    expect((await daysOf(device, holiday, holiday)).get(holiday)?.open).toHaveLength(1);
    await service.call(`mutation ($id: ID!) { removeReservedBlock(id: $id) { id } }`, { id: cardiac.data?.addReservedBlock.id });
    expect(await service.count(`reserved_block where device_id = '${device}'`)).toBe(1);
  });

  it("answers NOT_FOUND for unknown ids and keeps the past on record", async () => {
    for (const mutation of ["removeScheduleException", "removeReservedBlock"])
      for (const id of [randomUUID(), "not-an-id"]) {
        const answer = await service.call(`mutation ($id: ID!) { ${mutation}(id: $id) { id } }`, { id });
        expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      }
    const device = randomUUID();
    const connection = service.orm.em.fork().getConnection();
    const [pastException, pastBlock] = [randomUUID(), randomUUID()];
    await connection.execute(`insert into schedule_exception values (?, ?, ?, true, null, null, 'Snow day', now(), 'Test')`, [
      pastException,
      device,
      addDays(today, -3),
    ]);
    await connection.execute(`insert into reserved_block values (?, ?, 1, '07:00', '08:00', 'stat', null, ?, null, now(), 'Test')`, [
      pastBlock,
      device,
      addDays(today, -30),
    ]);
    const exception = await service.call(`mutation ($id: ID!) { removeScheduleException(id: $id) { id } }`, { id: pastException });
    expect(exception.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await service.count(`schedule_exception where id = '${pastException}'`)).toBe(1);
    // A block that applied on past days ends yesterday rather than vanishing from them.
    const ended = await service.call<{ removeReservedBlock: { validTo: string } }>(
      `mutation ($id: ID!) { removeReservedBlock(id: $id) { validTo } }`,
      { id: pastBlock },
    );
    expect(ended.data?.removeReservedBlock.validTo).toBe(addDays(today, -1));
    const again = await service.call(`mutation ($id: ID!) { removeReservedBlock(id: $id) { id } }`, { id: pastBlock });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await service.count(`reserved_block where id = '${pastBlock}'`)).toBe(1);
  });
});

describe("two coordinators at once", () => {
  it("apply ten concurrent replacements of one device's pattern one after another: one pattern survives", async () => {
    const device = randomUUID();
    const validFrom = addDays(today, 3);
    // Open pooled connections first, or the writers would queue for them instead of racing.
    await Promise.all(Array.from({ length: 10 }, () => daysOf(device, today, today)));
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        service.call(setWeeklyHours, { deviceId: device, validFrom, hours: everyDay([`0${index}:00`, "19:00"]) }),
      ),
    );
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    expect(await service.count(`schedule_hours where device_id = '${device}'`)).toBe(7);
    expect(await service.count(`(select distinct opens from schedule_hours where device_id = '${device}') as patterns`)).toBe(1);
  });
});
