import type { Resolvers } from "../../__generated__/resolvers-types.ts";

/** Thin: arguments in, manager call, result out. */
export const {{mod.camel}}Resolvers: Resolvers = {
  Query: {
    {{listField}}: (_root, { first, after }, { {{manager}} }) => {{manager}}.list({ first, after }),
  },
  Mutation: {
    {{addField}}: (_root, { input }, { {{manager}} }) => {{manager}}.add(input),
  },
};
