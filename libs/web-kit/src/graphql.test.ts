import { parse } from "graphql";
import { afterEach, describe, expect, test, vi } from "vitest";
import { describeError, graphqlAnswer, graphqlRequest, GraphQLRequestError, shouldRetry } from "./graphql.ts";

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

describe("a partial answer", () => {
  const document = parse("{ patients: patientsPermissions { action } staff: staffPermissions { action } }");
  const unavailable = { message: "The staff area is not answering.", extensions: { code: "AREA_UNAVAILABLE", area: "staff" } };
  const answering = (body: object) => vi.fn(async () => new Response(JSON.stringify(body), { status: 200 }));
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test("keeps the live areas' data next to the error naming the missing one", async () => {
    vi.stubGlobal("fetch", answering({ data: { patients: [{ action: "openArea" }], staff: null }, errors: [unavailable] }));
    await expect(graphqlAnswer(document, {})).resolves.toEqual({
      data: { patients: [{ action: "openArea" }], staff: null },
      errors: [unavailable],
      status: 200,
    });
    await expect(graphqlRequest(document, {})).rejects.toMatchObject({ code: "AREA_UNAVAILABLE" });
  });

  test("still throws when there is no GraphQL answer or the session is refused", async () => {
    vi.stubGlobal("fetch", answering({ errors: [{ message: "Sign in.", extensions: { code: "UNAUTHENTICATED" } }] }));
    await expect(graphqlAnswer(document, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<html>", { status: 502 })),
    );
    await expect(graphqlAnswer(document, {})).rejects.toMatchObject({ code: "HTTP_502" });
  });
});
