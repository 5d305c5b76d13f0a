import { describe, expect, it } from "vitest";
import { pageRequest, toPage } from "./pagination.ts";

const badInput = expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) });

describe("cursor paging", () => {
  it("hands out a cursor that leads to the next page", () => {
    const first = toPage(["a", "b"], 5, pageRequest({ first: 2 }));
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(pageRequest({ first: 2, after: first.pageInfo.endCursor })).toEqual({ limit: 2, offset: 2 });
  });

  it.each([
    ["a cursor it never gave out", "bm9wZQ"],
    ["an oversized cursor", "A".repeat(10_000)],
    ["an offset past what PostgreSQL takes", Buffer.from(`o:${"9".repeat(30)}`).toString("base64url")],
  ])("refuses %s with BAD_USER_INPUT", (_what, after) => {
    expect(() => pageRequest({ first: 10, after })).toThrow(badInput);
  });

  it.each([0, -1, 101, 1.5])("refuses first = %s", (first) => {
    expect(() => pageRequest({ first })).toThrow(badInput);
  });
});
