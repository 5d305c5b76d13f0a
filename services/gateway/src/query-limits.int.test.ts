import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";

// The document limits refuse a request before graphql-js validation, whose overlapping-fields
// check is quadratic: one such request used to hold the event loop for everyone.
let stack: FederatedStack;
beforeAll(async () => {
  stack = await startFederatedStack();
});
afterAll(async () => {
  await stack?.stop();
});

const search = (selection: string) => `{ searchPatients(filter: { familyName: "a" }) { nodes { ${selection} } } }`;

function expectRefused(response: Awaited<ReturnType<FederatedStack["call"]>>, reason: string, limit: number): void {
  expect(response.status, JSON.stringify(response)).toBe(400);
  expect(response.data ?? undefined).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", reason, limit });
}

describe("query limits at the gateway", () => {
  it("refuses a document past the token limit", async () => {
    expectRefused(await stack.call(search(Array.from({ length: 1001 }, () => "id").join(" "))), "MAX_TOKENS", 1000);
  });

  it("refuses a field repeated in one selection set, also through inline and named fragments", async () => {
    expectRefused(await stack.call(search("id id id id id id")), "MAX_FIELD_REPEATS", 5);
    expectRefused(
      await stack.call(`${search("id ... on Patient { id ... on Patient { id id } } ...More")} fragment More on Patient { id id }`),
      "MAX_FIELD_REPEATS",
      5,
    );
  });

  it("refuses too many directives", async () => {
    expectRefused(await stack.call(search(`id${" @include(if: true)".repeat(11)}`)), "MAX_DIRECTIVES", 10);
  });

  it("counts aliases of __typename", async () => {
    const aliases = Array.from({ length: 31 }, (_, index) => `t${index}: __typename`).join(" ");
    expectRefused(await stack.call(`{ ${aliases} }`), "MAX_ALIASES", 30);
  });

  it("answers what real screens send: a field once per selection set, fragments, a few directives", async () => {
    const response = await stack.call(
      `query ($more: Boolean!) { searchPatients(filter: { familyName: "a" }) { totalCount nodes { id ...Names mrn @include(if: $more) } } }
       fragment Names on Patient { id name { text } }`,
      { more: true },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ searchPatients: { totalCount: 0, nodes: [] } });
  });

  it("refuses a 10,000-field document while a concurrent small query is answered", async () => {
    const huge = search(Array.from({ length: 10_000 }, () => "id").join(" "));
    const [refused, answered] = await Promise.all([stack.call(huge), stack.call(search("id"))]);
    expectRefused(refused, "MAX_TOKENS", 1000);
    expect(answered.errors).toBeUndefined();
    expect(answered.data).toEqual({ searchPatients: { nodes: [] } });
  });
});
