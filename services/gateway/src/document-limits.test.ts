import { readFile } from "node:fs/promises";
import { buildSchema, parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { documentLimitsRule } from "./document-limits.ts";

const limits = { maxDirectives: 10, maxAliases: 30, maxFieldRepeats: 5 };
const apiSchema = buildSchema(await readFile(new URL("../api-schema.graphql", import.meta.url), "utf8"));

describe("document limits inside graphql-js validation", () => {
  it("refuses 10,000 repeated fields with one error, leaving the other rules nothing to compare", () => {
    // Past any token limit on purpose: the repeat limit must stand on its own.
    const ids = Array.from({ length: 10_000 }, () => "id").join(" ");
    const document = parse(`{ searchPatients(filter: { familyName: "a" }) { nodes { ${ids} } } }`);
    const errors = validate(apiSchema, document, [...specifiedRules, documentLimitsRule(limits)]);
    expect(errors.map((error) => [error.message, error.extensions])).toEqual([
      [
        'The field "id" is selected 10000 times in one selection set; at most 5 are accepted.',
        { code: "BAD_USER_INPUT", reason: "MAX_FIELD_REPEATS", limit: 5 },
      ],
    ]);
  });

  it("still lets every other rule report on a document within the limits", () => {
    const errors = validate(apiSchema, parse(`{ searchPatients(filter: { familyName: "a" }) { nodes { id nope } } }`), [
      ...specifiedRules,
      documentLimitsRule(limits),
    ]);
    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining('Cannot query field "nope"')]);
  });

  it("ends on a fragment that spreads itself (the cycle rule reports it)", () => {
    const document = parse(`{ searchPatients(filter: { familyName: "a" }) { nodes { ...A } } } fragment A on Patient { id ...A }`);
    const errors = validate(apiSchema, document, [...specifiedRules, documentLimitsRule(limits)]);
    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining('Cannot spread fragment "A" within itself')]);
  });
});
