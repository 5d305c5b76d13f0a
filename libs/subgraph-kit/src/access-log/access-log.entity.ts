import { defineEntity, p } from "@mikro-orm/core";

export const accessActions = ["read", "create", "update", "merge"] as const;
export type AccessAction = (typeof accessActions)[number];

/**
 * One line of the append-only PHI access log: who touched which patient's details, which
 * fields, when and why. The table refuses UPDATE and DELETE (see the migration's trigger).
 */
export const AccessLogEntrySchema = defineEntity({
  name: "AccessLogEntry",
  tableName: "phi_access_log",
  properties: {
    id: p.bigint("number").primary().autoincrement(),
    at: p.datetime(),
    actorSubject: p.string().length(200),
    actorName: p.string().length(200),
    actorRoles: p.array(),
    patientId: p.uuid().index(),
    action: p.enum([...accessActions]),
    fields: p.array(),
    purpose: p.string().length(30),
    requestId: p.string().length(64),
  },
});

export class AccessLogEntry extends AccessLogEntrySchema.class {}
AccessLogEntrySchema.setClass(AccessLogEntry);
