import { describe, expect, it } from "vitest";
import { z } from "zod";
import { boundedList, optionalText, personName, recordId, requiredText } from "./input-rules.ts";

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("requiredText", () => {
  const rule = requiredText(20);

  it("trims spaces and invisible characters at the ends and composes accents", () => {
    expect(rule.parse("  \u200BJos\u0065\u0301 \uFEFF")).toBe("José");
  });

  it.each([
    ["", "must not be empty"],
    ["   ", "must not be empty"],
    ["\u200B\u200B\u200C", "must not be empty"],
    ["Ana\u0000", "must not contain control characters"],
    ["\u0007bell", "must not contain control characters"],
    ["two\nlines", "must be on one line"],
    ["x".repeat(21), "must be at most 20 characters"],
  ])("refuses %j: %s", (value, message) => {
    expect(messages(rule, value)).toContain(message);
  });

  it("lets notes span lines but still refuses NUL", () => {
    const notes = requiredText(200, { multiline: true });
    expect(notes.parse("line one\nline two\tend")).toBe("line one\nline two\tend");
    expect(messages(notes, "a\u0000b")).toContain("must not contain control characters");
  });
});

describe("optionalText", () => {
  it("turns blank and invisible-only into null, and leaves an absent field absent", () => {
    const rule = optionalText(10);
    expect(z.object({ note: rule }).parse({})).toEqual({});
    expect(rule.parse(undefined)).toBeUndefined();
    expect(rule.parse(null)).toBeNull();
    expect(rule.parse("  ")).toBeNull();
    expect(rule.parse("\u200B")).toBeNull();
    expect(rule.parse(" ok ")).toBe("ok");
  });
});

describe("personName", () => {
  it("needs a letter", () => {
    expect(personName(50).parse("O'Brien-Nakamura")).toBe("O'Brien-Nakamura");
    expect(messages(personName(50), "1234")).toContain("must contain a letter");
    expect(messages(personName(50), "\u200B")).toContain("must not be empty");
  });
});

describe("recordId and boundedList", () => {
  it("refuses an id that is not a UUID", () => {
    expect(recordId.safeParse("123").success).toBe(false);
    expect(recordId.safeParse("8d0f6a4e-3c55-4c8e-9a43-2f1f0e7b9a10").success).toBe(true);
  });

  it("bounds a list and keeps repeated entries once", () => {
    const rule = boundedList(z.string(), 3);
    expect(rule.parse(["CT", "MR", "CT"])).toEqual(["CT", "MR"]);
    expect(messages(rule, ["a", "b", "c", "d"])).toContain("must have at most 3 entries");
  });
});
