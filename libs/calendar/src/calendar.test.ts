import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDays,
  dateIn,
  daysBetween,
  isTimeZone,
  startOfDay,
  timeIn,
  todayIn,
  wallClockToInstant,
  weekStart,
} from "./calendar.ts";

describe("the department's calendar", () => {
  it("turns a wall-clock time into the instant, across daylight saving", () => {
    expect(wallClockToInstant("2026-07-01", "07:00", "America/Chicago").toISOString()).toBe("2026-07-01T12:00:00.000Z");
    expect(wallClockToInstant("2026-12-01", "07:00", "America/Chicago").toISOString()).toBe("2026-12-01T13:00:00.000Z");
    // The morning after clocks go back (1 Nov 2026 in the US), 07:00 is already on standard time.
    expect(wallClockToInstant("2026-11-01", "07:00", "America/Chicago").toISOString()).toBe("2026-11-01T13:00:00.000Z");
    expect(wallClockToInstant("2026-11-23", "23:30", "UTC").toISOString()).toBe("2026-11-23T23:30:00.000Z");
  });

  it("has days of 23 and 25 hours on the change days", () => {
    const hours = (date: string) =>
      (startOfDay(addDays(date, 1), "America/Chicago").getTime() - startOfDay(date, "America/Chicago").getTime()) / 3_600_000;
    expect(hours("2026-03-08")).toBe(23);
    expect(hours("2026-11-01")).toBe(25);
    expect(hours("2026-11-02")).toBe(24);
  });

  it("reads an instant back as the zone's date and time", () => {
    expect(dateIn("2026-07-01T03:00:00Z", "America/Chicago")).toBe("2026-06-30");
    expect(timeIn("2026-07-01T03:00:00Z", "America/Chicago")).toBe("22:00");
    expect(timeIn("2026-07-01T00:00:00Z", "UTC")).toBe("00:00");
    // Late evening in Madison is already tomorrow in UTC: "today" is the department's.
    expect(todayIn("America/Chicago", new Date("2026-12-02T03:30:00Z"))).toBe("2026-12-01");
    expect(todayIn("UTC", new Date("2026-12-02T03:30:00Z"))).toBe("2026-12-02");
  });

  it("counts calendar days and finds the Monday a week starts on", () => {
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
    expect(weekStart("2026-12-01")).toBe("2026-11-30");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-12-31", "2026-12-01")).toBe(-30);
    expect(calendarDays("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
    expect(calendarDays("2026-12-02", "2026-12-01")).toEqual([]);
  });

  it("knows a time zone from a typo", () => {
    expect(isTimeZone("America/Chicago")).toBe(true);
    expect(isTimeZone("America/Madison")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
