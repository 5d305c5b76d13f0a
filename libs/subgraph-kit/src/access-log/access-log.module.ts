import { readFileSync } from "node:fs";
import type { Permission } from "@gantry/auth/permissions";
import { requirePermission } from "../authorization.ts";
import type { SubgraphContext } from "../context.ts";
import { toGraphQLEnum } from "../enums.ts";
import type { SubgraphModule } from "../modules.ts";
import { AccessLogEntrySchema, type AccessLogEntry } from "./access-log.entity.ts";
import { checkAccessLogFilter, decodeTrailId, encodeTrailId, type AccessLogFilter } from "./access-log.filter.ts";
import { accessLogPage } from "./access-log.page.ts";
import { AccessLogStore, accessLogSink } from "./access-log.store.ts";

/** What the module adds to an area's context: the store its managers record writes through. */
export interface AccessLogContext extends SubgraphContext {
  accessLog: AccessLogStore;
}

export interface AccessLogModuleOptions<TContext> {
  /** The area's name: its field on `AuditTrail` (camel-cased) and each entry's `area`. */
  area: string;
  /** The area catalogue's permission to read its log (audit:read). */
  readPermission: Permission;
  /** The `Patient` an entry points to. Patients returns its record; other areas, by default, a reference the gateway resolves. */
  patientOf?: (patientId: string, context: TContext) => unknown;
}

const sharedSdl = readFileSync(new URL("./access-log.graphql", import.meta.url), "utf8");

// Merge entries written before the merge reason was treated as PHI carried the reason's text and
// the other record's id in `fields`; the log is append-only, so they are cut back when read.
const mergeDetail = /^(reason|mergedInto|absorbed):[\s\S]*$/;

function fieldNameOf(area: string): string {
  return area.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * The PHI access log as a kit module: the table's entity, the store managers record writes with,
 * the read sink (`accessLogSink`), and the area's part of the cross-area `auditTrail` query. An
 * area that holds PHI lists it among its modules and adds `accessLogTablesV1` in a migration.
 */
export function accessLogModule<TContext extends AccessLogContext>(options: AccessLogModuleOptions<TContext>): SubgraphModule<TContext> {
  const field = fieldNameOf(options.area);
  const check = (context: TContext) => requirePermission(context.identity, options.readPermission, "Reading the PHI access log");
  const patientOf = options.patientOf ?? ((patientId: string) => ({ __typename: "Patient", id: patientId }));
  return {
    name: "access-log",
    sdl: `${sharedSdl}
extend type AuditTrail {
  "The ${options.area} area's access log for the trail's filter, newest first."
  ${field}(first: Int = 50, after: String): AccessLogConnection!
}
`,
    entities: [AccessLogEntrySchema],
    phiAccessSink: accessLogSink,
    providers: { accessLog: (context: TContext) => new AccessLogStore(context.em) } as SubgraphModule<TContext>["providers"],
    resolvers: {
      Query: {
        auditTrail: (_root: unknown, args: { filter?: AccessLogFilter | null }, context: TContext) => {
          check(context);
          return { id: encodeTrailId(checkAccessLogFilter(args.filter)) };
        },
      },
      AuditTrail: {
        // Reached through the gateway's entity fetch: checked again, as any caller could send it.
        __resolveReference: (reference: { id: string }, context: TContext) => {
          check(context);
          decodeTrailId(reference.id);
          return { id: reference.id };
        },
        [field]: (trail: { id: string }, args: { first?: number | null; after?: string | null }, context: TContext) => {
          check(context);
          return accessLogPage(context.accessLog, decodeTrailId(trail.id), args);
        },
      },
      AccessLogEntry: {
        id: (entry: AccessLogEntry) => String(entry.id),
        area: () => options.area,
        action: (entry: AccessLogEntry) => toGraphQLEnum(entry.action),
        fields: (entry: AccessLogEntry) => entry.fields.map((name) => name.replace(mergeDetail, "$1")),
        patient: (entry: AccessLogEntry, _args: unknown, context: TContext) => patientOf(entry.patientId, context),
      },
    },
  };
}
