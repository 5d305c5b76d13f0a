import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTest{{area.pascal}}Service, type Test{{area.pascal}}Service } from "../../../test/{{area.kebab}}-service.ts";

let service: Test{{area.pascal}}Service;
beforeAll(async () => {
  service = await startTest{{area.pascal}}Service();
});
afterAll(async () => {
  await service.stop();
});

const add = /* GraphQL */ `
  mutation ($input: Add{{type}}Input!) {
    {{addField}}(input: $input) {
      id
      text
      createdBy
    }
  }
`;
const list = /* GraphQL */ `
  query ($first: Int, $after: String) {
    {{listField}}(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        text
      }
    }
  }
`;
interface Listed {
  {{listField}}: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { text: string }[] };
}

describe("{{plural}}", () => {
  it("adds {{plural}} for the people the catalogue allows, and lists them newest first a page at a time", async () => {
    for (const text of ["First", "Second", "Third"]) {
      const added = await service.call<{ {{addField}}: { text: string; createdBy: string } }>(add, { input: { text: `  ${text}\n` } });
      expect(added.errors).toBeUndefined();
      expect(added.data?.{{addField}}).toMatchObject({ text, createdBy: "Test coordinator" });
    }
    const first = await service.call<Listed>(list, { first: 2 }, "scheduler");
    expect(first.errors).toBeUndefined();
    expect(first.data?.{{listField}}.totalCount).toBe(3);
    expect(first.data?.{{listField}}.nodes.map((node) => node.text)).toEqual(["Third", "Second"]);
    expect(first.data?.{{listField}}.pageInfo.hasNextPage).toBe(true);
    const rest = await service.call<Listed>(list, { first: 2, after: first.data?.{{listField}}.pageInfo.endCursor });
    expect(rest.data?.{{listField}}.nodes.map((node) => node.text)).toEqual(["First"]);
    expect(rest.data?.{{listField}}.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses blank or too long text with BAD_USER_INPUT naming the field, writing nothing", async () => {
    const before = await service.count("{{table}}");
    for (const text of [" \n ", "x".repeat(2001)]) {
      const response = await service.call(add, { input: { text } });
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.errors?.[0]?.message).toContain("input.text");
    }
    expect(await service.count("{{table}}")).toBe(before);
  });

  it("answers FORBIDDEN to a role without the permission, writing nothing", async () => {
    const before = await service.count("{{table}}");
    const scheduler = await service.call(add, { input: { text: "Not mine to add" } }, "scheduler");
    expect(scheduler.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const integration = await service.call(list, {}, "integration");
    expect(integration.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await service.count("{{table}}")).toBe(before);
  });
});
