import { z } from "zod";

/**
 * GraphQL spells enum values in capitals (CHECKED_IN); the database keeps the standard's codes
 * (FHIR's `checked-in`). These two functions are the only place the spellings meet.
 */
type Underscored<Code extends string> = Code extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : Code;

export function toGraphQLEnum<Code extends string>(code: Code): Uppercase<Underscored<Code>> {
  return code.replace(/-/g, "_").toUpperCase() as Uppercase<Underscored<Code>>;
}

/** A zod rule that accepts the GraphQL spelling of one of `codes` and yields the code. */
export function fromGraphQLEnum<const Codes extends readonly [string, ...string[]]>(codes: Codes) {
  const byGraphQLName = new Map(codes.map((code) => [code.replace(/-/g, "_").toUpperCase(), code as Codes[number]]));
  return z.string().transform((value, context) => {
    const code = byGraphQLName.get(value);
    if (code === undefined) {
      context.addIssue({ code: "custom", message: `must be one of ${[...byGraphQLName.keys()].join(", ")}` });
      return z.NEVER;
    }
    return code;
  });
}
