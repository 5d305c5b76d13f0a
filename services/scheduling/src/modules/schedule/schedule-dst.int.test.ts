import { randomUUID } from "node:crypto";
import { addDays, startOfDay } from "@gantry/calendar/calendar";
import { departmentTimeZone, departmentToday } from "@gantry/subgraph-kit/department-clock";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestSchedulingService, type TestSchedulingService } from "../../../test/scheduling-service.ts";
import {
  addBlock,
  asDevices,
  everyDay,
  givenHours,
  openingHours,
  scheduleManagerOn,
  type OpeningHoursAnswer,
} from "./schedule.test-data.ts";

// The department is in New York for this file only: Vitest runs each test file in its own process
// (pool "forks", isolated), and the department clock reads GANTRY_TIME_ZONE on first use. Hoisted,
// so it is set before any module is loaded.
vi.hoisted(() => vi.stubEnv("GANTRY_TIME_ZONE", "America/New_York"));
const zone = "America/New_York";

let service: TestSchedulingService;
beforeAll(async () => {
  service = await startTestSchedulingService();
});
afterAll(async () => {
  await service?.stop();
  vi.unstubAllEnvs();
});

const today = departmentToday();
const hoursLong = (date: string) => (startOfDay(addDays(date, 1), zone).getTime() - startOfDay(date, zone).getTime()) / 3_600_000;
/** The next day on or after today that lasts `hours` hours in New York: the clocks change that night. Past change days cannot be scheduled. */
function nextDayOf(hours: number): string {
  for (let date = today, step = 0; step < 400; date = addDays(date, 1), step++) if (hoursLong(date) === hours) return date;
  throw new Error(`no ${hours}-hour day in the coming year`);
}
const springForward = nextDayOf(23);
const fallBack = nextDayOf(25);

async function daysOf(deviceId: string, from: string, to: string) {
  const answer = await service.call<OpeningHoursAnswer>(openingHours, { representations: asDevices([deviceId]), from, to });
  expect(answer.errors).toBeUndefined();
  return answer.data?._entities[0]?.openingHours ?? [];
}
const period = (startsAt: string, endsAt: string, minutes: number) => ({
  startsAt: `${startsAt}:00.000Z`,
  endsAt: `${endsAt}:00.000Z`,
  minutes,
});

describe("opening hours in New York across the clock changes", () => {
  const device = randomUUID();
  beforeAll(async () => {
    // 00:00–12:00 spans the night change; 13:00–19:00 lies after it. A STAT block at 02:30–04:00 on Sundays (both change days are Sundays).
    await givenHours(service, device, today, everyDay(["00:00", "12:00"], ["13:00", "19:00"]));
    const block = await service.call(addBlock, {
      input: { deviceId: device, weekday: 7, starts: "02:30", ends: "04:00", forPriority: "STAT", validFrom: today },
    });
    expect(block.errors).toBeUndefined();
  });

  it("runs the subgraph on the department's zone, not the server's", () => {
    expect(departmentTimeZone()).toBe(zone);
  });

  it(`makes the spring-forward day (${springForward}) an hour shorter, and opens the 02:30 block when the clocks jump to 03:00`, async () => {
    const [before, day, after] = await daysOf(device, addDays(springForward, -1), addDays(springForward, 1));
    const [previous, next] = [addDays(springForward, -1), addDays(springForward, 1)];
    expect(before?.open).toEqual([
      period(`${previous}T05:00`, `${previous}T17:00`, 720),
      period(`${previous}T18:00`, `${springForward}T00:00`, 360),
    ]);
    expect(day?.date).toBe(springForward);
    expect(day?.open).toEqual([
      period(`${springForward}T05:00`, `${springForward}T16:00`, 660),
      period(`${springForward}T17:00`, `${springForward}T23:00`, 360),
    ]);
    // 02:30 does not exist that night: the block runs from the jump (03:00 EDT, 07:00 UTC) to 04:00 EDT.
    expect(day?.reserved).toEqual([
      { ...period(`${springForward}T07:00`, `${springForward}T08:00`, 60), forPriority: "STAT", forGroup: null },
    ]);
    expect(after?.open).toEqual([period(`${next}T04:00`, `${next}T16:00`, 720), period(`${next}T17:00`, `${next}T23:00`, 360)]);
  });

  it(`makes the fall-back day (${fallBack}) an hour longer`, async () => {
    const [day, after] = await daysOf(device, fallBack, addDays(fallBack, 1));
    const next = addDays(fallBack, 1);
    expect(day?.open).toEqual([period(`${fallBack}T04:00`, `${fallBack}T17:00`, 780), period(`${fallBack}T18:00`, `${next}T00:00`, 360)]);
    // 02:30 comes once that night, on standard time (the repeated hour is 01:00–01:59).
    expect(day?.reserved).toEqual([{ ...period(`${fallBack}T07:30`, `${fallBack}T09:00`, 90), forPriority: "STAT", forGroup: null }]);
    expect(after?.open).toEqual([period(`${next}T05:00`, `${next}T17:00`, 720), period(`${next}T18:00`, `${addDays(next, 1)}T00:00`, 360)]);
  });

  it("gives other modules the same instants through hoursOf, on the department's zone", async () => {
    const hours = (await scheduleManagerOn(service).hoursOf([device], springForward, springForward)).get(device);
    expect(hours?.open.map((open) => [open.startsAt.toISOString(), open.endsAt.toISOString()])).toEqual([
      [`${springForward}T05:00:00.000Z`, `${springForward}T16:00:00.000Z`],
      [`${springForward}T17:00:00.000Z`, `${springForward}T23:00:00.000Z`],
    ]);
    expect(hours?.reserved).toEqual([
      {
        startsAt: new Date(`${springForward}T07:00:00Z`),
        endsAt: new Date(`${springForward}T08:00:00Z`),
        forPriority: "stat",
        forGroup: null,
      },
    ]);
  });
});
