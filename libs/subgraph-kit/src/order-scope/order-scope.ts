import { readFileSync } from "node:fs";
import { fromGraphQLEnum } from "../enums.ts";
import type { SubgraphModule } from "../modules.ts";

/**
 * An imaging order's urgency and its patient's class, as every area names them (stored lowercase):
 * scheduling orders and books by them, quality sets targets and reads KPIs by them. One definition,
 * so the supergraph's enums agree.
 */
export const priorities = ["routine", "urgent", "asap", "stat"] as const;
export type Priority = (typeof priorities)[number];
export const patientClasses = ["outpatient", "inpatient", "emergency"] as const;
export type PatientClass = (typeof patientClasses)[number];

/** The input rules for a GraphQL `OrderPriority` and `PatientClass`. */
export const orderPriority = fromGraphQLEnum(priorities);
export const patientClass = fromGraphQLEnum(patientClasses);

const sdl = readFileSync(new URL("./order-scope.graphql", import.meta.url), "utf8");

/** The `OrderPriority` and `PatientClass` enums, for an area whose SDL uses them. */
export function orderScopeModule<TContext>(): SubgraphModule<TContext> {
  return { name: "order-scope", sdl };
}
