import { describe, expect, it } from "vitest";
import { mergeResolvers } from "./resolvers.ts";
import { DateScalar } from "./scalars.ts";

describe("mergeResolvers", () => {
  it("folds modules into one map", () => {
    const merged = mergeResolvers([
      { Date: DateScalar, Query: { a: () => 1 } },
      { Query: { b: () => 2 }, Patient: { c: () => 3 } },
    ]) as Record<string, Record<string, unknown>>;
    expect(Object.keys(merged.Query ?? {})).toEqual(["a", "b"]);
    expect(merged.Date).toBe(DateScalar);
  });

  it("refuses a field resolved by two modules, naming it", () => {
    expect(() => mergeResolvers([{ Query: { patient: () => null } }, { Query: { patient: () => null } }])).toThrow(
      "Query.patient is resolved by two modules; keep it in one.",
    );
  });
});
