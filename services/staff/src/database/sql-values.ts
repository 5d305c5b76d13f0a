/**
 * A PostgreSQL array literal to pass as one parameter (`?::text[]`): MikroORM inlines raw-query
 * parameters and would spread a JavaScript array into a list.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`).join(",")}}`;
}
