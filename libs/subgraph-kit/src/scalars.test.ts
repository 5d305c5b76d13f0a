import { describe, expect, it } from "vitest";
import { DateScalar, DateTimeScalar, isCalendarDate, parseTimestamp } from "./scalars.ts";

describe("Date", () => {
  it.each(["2024-02-29", "2026-12-31", "0001-01-01", "1957-05-11"])("accepts the real date %s", (value) => {
    expect(isCalendarDate(value)).toBe(true);
    expect(DateScalar.parseValue(value)).toBe(value);
  });

  it.each([
    "2001-02-29",
    "2026-02-30",
    "2026-04-31",
    "0000-01-01",
    "2026-13-01",
    "2026-00-10",
    "05/11/1957",
    "2026-1-5",
    "",
    "2026-01-01T00:00:00Z",
  ])("refuses %s with BAD_USER_INPUT", (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(() => DateScalar.parseValue(value)).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT" } }));
  });
});

describe("DateTime", () => {
  it.each([
    ["2026-11-23T09:30:00Z", "2026-11-23T09:30:00.000Z"],
    ["2026-11-23T09:30Z", "2026-11-23T09:30:00.000Z"],
    ["2026-11-23T03:30:00.250-06:00", "2026-11-23T09:30:00.250Z"],
    ["2024-02-29T23:59:59+01:00", "2024-02-29T22:59:59.000Z"],
  ])("reads %s as the instant %s", (value, instant) => {
    expect(DateTimeScalar.parseValue(value).toISOString()).toBe(instant);
  });

  it.each([
    "2026-11-23T09:30:00", // no zone: whose wall clock?
    "2026-02-30T10:00:00Z",
    "2001-02-29T10:00:00Z",
    "0000-01-01T00:00:00Z",
    "2026-11-23T24:00:00Z",
    "2026-11-23T09:60:00Z",
    "2026-11-23T09:30:00+25:00",
    "+275760-09-13T00:00:00Z",
    "2026-11-23",
    "yesterday",
  ])("refuses %s", (value) => {
    expect(parseTimestamp(value)).toBeNull();
    expect(() => DateTimeScalar.parseValue(value)).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT" } }));
  });

  it("refuses a non-string", () => {
    expect(() => DateTimeScalar.parseValue(1_700_000_000)).toThrow(/ISO 8601/);
  });
});
