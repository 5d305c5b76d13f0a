import { addDays } from "@gantry/calendar/calendar";
import { describe, expect, it } from "vitest";
import { deviceHours, openingDays, type DeviceSchedule, type OpenPeriod, type WeeklyInterval } from "./opening-hours.ts";

const newYork = "America/New_York";
const berlin = "Europe/Berlin";
const hour = 3_600_000;

const everyDay = (opens: string, closes: string, validFrom = "2026-01-01", validTo: string | null = null): WeeklyInterval[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes, validFrom, validTo }));
const schedule = (parts: Partial<DeviceSchedule>): DeviceSchedule => ({ hours: [], exceptions: [], blocks: [], ...parts });
const iso = (periods: readonly OpenPeriod[]) => periods.map((period) => [period.startsAt.toISOString(), period.endsAt.toISOString()]);
const hours = (periods: readonly OpenPeriod[]) => periods.map((period) => (period.endsAt.getTime() - period.startsAt.getTime()) / hour);
const oneDay = (parts: Partial<DeviceSchedule>, date: string, timeZone: string) => {
  const [day] = openingDays(schedule(parts), date, date, timeZone);
  if (!day) throw new Error(`no day ${date}`);
  return day;
};

// All four change days are Sundays, and the clocks change in the night (02:00 in New York, 02:00/03:00 in
// Berlin): 07:00–19:00 lies wholly after the change, so it stays 12 hours. Only hours spanning the
// night change are shorter or longer: 00:00–12:00 is 11 h in spring and 13 h in autumn.
describe.each([
  { date: "2026-03-08", zone: newYork, day: ["2026-03-08T11:00:00.000Z", "2026-03-08T23:00:00.000Z"], spanning: 11, whole: 23 },
  { date: "2026-11-01", zone: newYork, day: ["2026-11-01T12:00:00.000Z", "2026-11-02T00:00:00.000Z"], spanning: 13, whole: 25 },
  { date: "2026-03-29", zone: berlin, day: ["2026-03-29T05:00:00.000Z", "2026-03-29T17:00:00.000Z"], spanning: 11, whole: 23 },
  { date: "2026-10-25", zone: berlin, day: ["2026-10-25T06:00:00.000Z", "2026-10-25T18:00:00.000Z"], spanning: 13, whole: 25 },
])("opening hours on $date in $zone, when the clocks change", ({ date, zone, day, spanning, whole }) => {
  it("turns 07:00–19:00 into the day's own instants: 12 hours, both ends after the change", () => {
    const { open } = oneDay({ hours: everyDay("07:00", "19:00") }, date, zone);
    expect(iso(open)).toEqual([day]);
    expect(hours(open)).toEqual([12]);
  });

  it(`makes hours spanning the night change ${spanning} hours, and a whole day ${whole}`, () => {
    expect(hours(oneDay({ hours: everyDay("00:00", "12:00") }, date, zone).open)).toEqual([spanning]);
    expect(hours(oneDay({ hours: everyDay("00:00", "24:00") }, date, zone).open)).toEqual([whole]);
  });

  it("is 12 hours again the next day, on the new offset", () => {
    const [, next] = openingDays(schedule({ hours: everyDay("00:00", "12:00") }), date, addDays(date, 1), zone);
    expect(next && hours(next.open)).toEqual([12]);
  });
});

describe("wall-clock times the clocks skip or repeat", () => {
  it("opens a device at 02:30 on New York's spring-forward night when the clocks jump past it, 03:00 EDT", () => {
    // The clock goes 01:59 EST → 03:00 EDT (07:00 UTC); it never shows 02:30 that night.
    expect(iso(oneDay({ hours: everyDay("02:30", "04:00") }, "2026-03-08", newYork).open)).toEqual([
      ["2026-03-08T07:00:00.000Z", "2026-03-08T08:00:00.000Z"],
    ]);
    // Closing at 02:30 closes at the jump too: open 01:00 EST–03:00 EDT, one hour.
    expect(iso(oneDay({ hours: everyDay("01:00", "02:30") }, "2026-03-08", newYork).open)).toEqual([
      ["2026-03-08T06:00:00.000Z", "2026-03-08T07:00:00.000Z"],
    ]);
    // The day before and after, 02:30 exists as usual.
    expect(iso(oneDay({ hours: everyDay("02:30", "04:00") }, "2026-03-09", newYork).open)).toEqual([
      ["2026-03-09T06:30:00.000Z", "2026-03-09T08:00:00.000Z"],
    ]);
  });

  it("drops hours lying wholly in the skipped hour, and does the same in Berlin", () => {
    expect(oneDay({ hours: everyDay("02:00", "02:45") }, "2026-03-08", newYork).open).toEqual([]);
    // Berlin skips 02:00–02:59 CET (01:00 UTC becomes 03:00 CEST).
    expect(iso(oneDay({ hours: everyDay("02:30", "04:00") }, "2026-03-29", berlin).open)).toEqual([
      ["2026-03-29T01:00:00.000Z", "2026-03-29T02:00:00.000Z"],
    ]);
  });

  it("counts a repeated time at its first showing, still on daylight time, in both zones", () => {
    // 01:30 happens twice in New York on 1 November: 05:30 UTC (EDT) and 06:30 UTC (EST).
    expect(iso(oneDay({ hours: everyDay("01:30", "03:00") }, "2026-11-01", newYork).open)).toEqual([
      ["2026-11-01T05:30:00.000Z", "2026-11-01T08:00:00.000Z"],
    ]);
    // 02:30 happens twice in Berlin on 25 October: 00:30 UTC (CEST) and 01:30 UTC (CET).
    expect(iso(oneDay({ hours: everyDay("02:30", "04:00") }, "2026-10-25", berlin).open)).toEqual([
      ["2026-10-25T00:30:00.000Z", "2026-10-25T03:00:00.000Z"],
    ]);
  });
});

describe("the week, its validity and its exceptions", () => {
  const week: WeeklyInterval[] = [
    // Monday to Friday 07:00–19:00 until 15 December, then 06:00–20:00; no weekend hours.
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "07:00", closes: "19:00", validFrom: "2026-11-01", validTo: "2026-12-15" })),
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "06:00", closes: "20:00", validFrom: "2026-12-16", validTo: null })),
  ];

  it("applies each weekday's intervals between their dates, both ends inclusive", () => {
    const days = openingDays(schedule({ hours: week }), "2026-10-30", "2026-12-21", "UTC");
    const byDate = new Map(days.map((day) => [day.date, iso(day.open)]));
    expect(byDate.get("2026-10-30")).toEqual([]); // a Friday before the rules begin
    expect(byDate.get("2026-11-02")).toEqual([["2026-11-02T07:00:00.000Z", "2026-11-02T19:00:00.000Z"]]);
    expect(byDate.get("2026-12-05")).toEqual([]); // Saturday
    expect(byDate.get("2026-12-15")).toEqual([["2026-12-15T07:00:00.000Z", "2026-12-15T19:00:00.000Z"]]);
    expect(byDate.get("2026-12-16")).toEqual([["2026-12-16T06:00:00.000Z", "2026-12-16T20:00:00.000Z"]]);
    expect(days).toHaveLength(53);
    expect(openingDays(schedule({ hours: week }), "2026-12-02", "2026-12-01", "UTC")).toEqual([]);
  });

  it("lets a date exception replace the week's hours: closed for a holiday, or its own hours", () => {
    const exceptions = [
      { onDate: "2026-12-25", closed: true, opens: null, closes: null },
      { onDate: "2026-12-23", closed: false, opens: "07:00", closes: "22:00" },
      // An exception on a weekend day opens a day the week keeps closed.
      { onDate: "2026-12-26", closed: false, opens: "08:00:00", closes: "12:00:00" },
    ];
    const days = openingDays(schedule({ hours: week, exceptions }), "2026-12-23", "2026-12-26", "UTC");
    expect(days.map((day) => [day.date, iso(day.open), day.exception?.onDate ?? null])).toEqual([
      ["2026-12-23", [["2026-12-23T07:00:00.000Z", "2026-12-23T22:00:00.000Z"]], "2026-12-23"],
      ["2026-12-24", [["2026-12-24T06:00:00.000Z", "2026-12-24T20:00:00.000Z"]], null],
      ["2026-12-25", [], "2026-12-25"],
      ["2026-12-26", [["2026-12-26T08:00:00.000Z", "2026-12-26T12:00:00.000Z"]], "2026-12-26"],
    ]);
  });

  it("joins touching intervals, and joins days across midnight when one closes at 24:00", () => {
    const split = [
      { weekday: 1, opens: "12:00", closes: "19:00", validFrom: "2026-01-01" },
      { weekday: 1, opens: "07:00", closes: "12:00", validFrom: "2026-01-01" },
    ];
    expect(iso(oneDay({ hours: split }, "2026-11-30", "UTC").open)).toEqual([["2026-11-30T07:00:00.000Z", "2026-11-30T19:00:00.000Z"]]);
    const allWeek = openingDays(schedule({ hours: everyDay("00:00", "24:00") }), "2026-11-30", "2026-12-02", newYork);
    expect(iso(deviceHours(allWeek).open)).toEqual([["2026-11-30T05:00:00.000Z", "2026-12-03T05:00:00.000Z"]]);
  });
});

describe("reserved blocks", () => {
  const hoursWithLunch: WeeklyInterval[] = [
    { weekday: 1, opens: "07:00", closes: "12:00", validFrom: "2026-01-01" },
    { weekday: 1, opens: "13:00", closes: "19:00", validFrom: "2026-01-01" },
  ];

  it("keeps only the part of a block inside the opening hours", () => {
    const blocks = [
      { weekday: 1, starts: "06:00", ends: "08:00", forPriority: "stat" as const, validFrom: "2026-01-01" },
      { weekday: 1, starts: "11:00", ends: "14:00", forGroup: "CT-CARDIAC", validFrom: "2026-01-01" },
      { weekday: 1, starts: "20:00", ends: "21:00", forPriority: "urgent" as const, validFrom: "2026-01-01" },
    ];
    const { reserved } = oneDay({ hours: hoursWithLunch, blocks }, "2026-11-30", newYork);
    expect(
      reserved.map((period) => [period.startsAt.toISOString(), period.endsAt.toISOString(), period.forPriority, period.forGroup]),
    ).toEqual([
      ["2026-11-30T12:00:00.000Z", "2026-11-30T13:00:00.000Z", "stat", null],
      ["2026-11-30T16:00:00.000Z", "2026-11-30T17:00:00.000Z", null, "CT-CARDIAC"],
      ["2026-11-30T18:00:00.000Z", "2026-11-30T19:00:00.000Z", null, "CT-CARDIAC"],
    ]);
  });

  it("keeps two STAT slots a day apart, joins touching blocks of one purpose, never of two", () => {
    const blocks = [
      { weekday: 1, starts: "09:00", ends: "09:30", forPriority: "stat" as const, validFrom: "2026-01-01" },
      { weekday: 1, starts: "15:00", ends: "15:30", forPriority: "stat" as const, validFrom: "2026-01-01" },
      { weekday: 1, starts: "15:30", ends: "16:00", forPriority: "stat" as const, validFrom: "2026-01-01" },
      { weekday: 1, starts: "16:00", ends: "16:30", forPriority: "asap" as const, validFrom: "2026-01-01" },
    ];
    const { reserved } = oneDay({ hours: hoursWithLunch, blocks }, "2026-11-30", "UTC");
    expect(
      reserved.map((period) => [
        period.startsAt.toISOString().slice(11, 16),
        period.endsAt.toISOString().slice(11, 16),
        period.forPriority,
      ]),
    ).toEqual([
      ["09:00", "09:30", "stat"],
      ["15:00", "16:00", "stat"],
      ["16:00", "16:30", "asap"],
    ]);
  });

  it("keeps nothing on a closed day or outside the block's dates", () => {
    const blocks = [
      { weekday: 1, starts: "09:00", ends: "10:00", forPriority: "stat" as const, validFrom: "2026-12-07", validTo: "2026-12-14" },
    ];
    const exceptions = [{ onDate: "2026-12-14", closed: true }];
    const days = openingDays(schedule({ hours: hoursWithLunch, blocks, exceptions }), "2026-11-30", "2026-12-21", "UTC");
    expect(days.filter((day) => day.reserved.length > 0).map((day) => day.date)).toEqual(["2026-12-07"]);
  });
});
