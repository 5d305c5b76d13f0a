import { defineEntity, p } from "@mikro-orm/core";

export const maintenanceKinds = ["preventive", "corrective", "calibration", "phantom-qa"] as const;
export type MaintenanceKind = (typeof maintenanceKinds)[number];

export const maintenanceStatuses = ["scheduled", "in-progress", "completed", "cancelled"] as const;
export type MaintenanceStatus = (typeof maintenanceStatuses)[number];

/**
 * A maintenance window on one device. The database refuses two live (not cancelled) windows of one
 * device that overlap: see the `maintenance_no_overlap` exclusion constraint in the migration.
 */
export const MaintenanceSchema = defineEntity({
  name: "Maintenance",
  tableName: "maintenance",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    deviceId: p.uuid().index(),
    kind: p.enum([...maintenanceKinds]),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    vendor: p.string().length(120).nullable(),
    status: p.enum([...maintenanceStatuses]).default("scheduled"),
    completedAt: p.datetime().nullable(),
    notes: p.string().length(2000).nullable(),
    scheduledBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Maintenance extends MaintenanceSchema.class {}
MaintenanceSchema.setClass(Maintenance);
