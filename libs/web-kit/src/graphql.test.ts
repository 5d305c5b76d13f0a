import { describe, expect, test } from "vitest";
import { describeError, GraphQLRequestError, shouldRetry } from "./graphql.ts";

describe("describeError", () => {
  test("says what to do for each error code", () => {
    expect(describeError(new GraphQLRequestError("UNAUTHENTICATED", ["Sign in first."]))).toMatch(/sign in again/i);
    expect(describeError(new GraphQLRequestError("FORBIDDEN", ["Needs phi:read."]))).toMatch(/lack access.*phi:read/);
    expect(describeError(new GraphQLRequestError("BAD_USER_INPUT", ["Birth date is in the future.", "MRN is malformed."]))).toBe(
      "Birth date is in the future. MRN is malformed.",
    );
    expect(describeError(new GraphQLRequestError("NOT_FOUND", ["No patient P1."]))).toMatch(/not found.*P1/i);
    expect(describeError(new GraphQLRequestError("CONFLICT", ["MRN taken."]))).toMatch(/conflicts.*MRN taken/);
    expect(describeError(new GraphQLRequestError("NETWORK_ERROR", ["down"]))).toMatch(/not reachable/);
  });

  test("does not retry what a retry cannot fix", () => {
    expect(shouldRetry(0, new GraphQLRequestError("FORBIDDEN", ["no"]))).toBe(false);
    expect(shouldRetry(0, new GraphQLRequestError("NETWORK_ERROR", ["down"]))).toBe(true);
    expect(shouldRetry(2, new GraphQLRequestError("NETWORK_ERROR", ["down"]))).toBe(false);
  });
});
