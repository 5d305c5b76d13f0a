import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty, type Platform } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";

type Row = Record<string, unknown>;
type Column = { property: string; field: string; convert: (value: unknown) => unknown };

const columnsByEntity = new WeakMap<EntityMetadata, Column[]>();

/** The conversions MikroORM's hydrator makes (its ObjectHydrator): mapped types, then dates and booleans. */
function converterOf(prop: EntityProperty, platform: Platform): (value: unknown) => unknown {
  const { customType } = prop;
  if (customType) return (value) => customType.convertToJSValue(value, platform);
  // The driver answers timestamptz as text ("2026-12-15 07:00:00+00"), as MikroORM configures it.
  if (prop.runtimeType === "Date") return (value) => (value instanceof Date ? value : new Date(value as string));
  if (prop.runtimeType === "boolean") return (value) => Boolean(value);
  return (value) => value;
}

function columnsOf(meta: EntityMetadata, platform: Platform): Column[] {
  const known = columnsByEntity.get(meta);
  if (known) return known;
  const columns = Object.values(meta.properties).map((prop) => {
    const field = prop.fieldNames?.[0];
    if (prop.kind !== ReferenceKind.SCALAR || !field || (prop.fieldNames?.length ?? 0) > 1)
      throw new Error(`${meta.className}.${prop.name}: plain rows read scalar columns only`);
    return { property: prop.name, field, convert: converterOf(prop, platform) };
  });
  columnsByEntity.set(meta, columns);
  return columns;
}

/**
 * Rows of an entity's table as plain objects of the entity's shape, outside the unit of work.
 * For read-only lists (a week view, a queue, references from other areas): hydrating managed
 * entities was the largest share of the scheduling subgraph's CPU in the benchmarks. A change is
 * never made on one of these; writes load the row locked, as managed entities.
 */
export async function plainRows<T extends object>(em: EntityManager, entity: EntityClass<T>, sql: string, values: unknown[]): Promise<T[]> {
  const toPlain = plainRowOf(em, entity);
  return (await em.getConnection().execute<Row[]>(sql, values)).map(toPlain);
}

/** The mapping plainRows uses, for a statement that also answers something else (a window count, say). */
export function plainRowOf<T extends object>(em: EntityManager, entity: EntityClass<T>): (row: Row) => T {
  const columns = columnsOf(em.getMetadata().get(entity), em.getPlatform());
  return (row) => {
    const plain: Row = {};
    for (const { property, field, convert } of columns) {
      const value = row[field];
      plain[property] = value === null || value === undefined ? null : convert(value);
    }
    return plain as T;
  };
}

/** A list of ids or codes as one SQL value: `in (select jsonb_array_elements_text(?::jsonb)::uuid)`. */
export const asJsonList = (values: readonly string[]): string => JSON.stringify(values);
