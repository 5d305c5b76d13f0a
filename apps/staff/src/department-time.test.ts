import { describe, expect, it } from "vitest";
import { addDays, weekStart, zonedDate, zonedTime, zonedToInstant } from "./department-time.ts";

describe("department clock", () => {
  it("turns a wall-clock time in the department's zone into the instant, across daylight saving", () => {
    expect(zonedToInstant("2026-07-01", "07:00", "America/Chicago")).toBe("2026-07-01T12:00:00.000Z");
    expect(zonedToInstant("2026-12-01", "07:00", "America/Chicago")).toBe("2026-12-01T13:00:00.000Z");
    // The morning after clocks go back (1 Nov 2026 in the US), 07:00 is already on standard time.
    expect(zonedToInstant("2026-11-01", "07:00", "America/Chicago")).toBe("2026-11-01T13:00:00.000Z");
    expect(zonedToInstant("2026-11-23", "23:30", "UTC")).toBe("2026-11-23T23:30:00.000Z");
  });

  it("reads an instant back as the department's date and time", () => {
    expect(zonedDate("2026-07-01T03:00:00Z", "America/Chicago")).toBe("2026-06-30");
    expect(zonedTime("2026-07-01T03:00:00Z", "America/Chicago")).toBe("22:00");
    expect(zonedTime("2026-07-01T00:00:00Z", "UTC")).toBe("00:00");
  });

  it("finds the Monday a week starts on", () => {
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
    expect(weekStart("2026-12-01")).toBe("2026-11-30");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});
