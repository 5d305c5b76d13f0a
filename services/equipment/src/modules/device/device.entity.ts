import { defineEntity, p } from "@mikro-orm/core";
import { modalities } from "@gantry/subgraph-kit/modality";

export const deviceKinds = ["scanner", "ultrasound-probe", "injector", "workstation"] as const;
export type DeviceKind = (typeof deviceKinds)[number];

export const deviceStatuses = ["active", "down", "maintenance", "retired"] as const;
export type DeviceStatus = (typeof deviceStatuses)[number];

/** A scanner, probe, injector or workstation (FHIR Device). Not PHI. */
export const DeviceSchema = defineEntity({
  name: "Device",
  tableName: "device",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    name: p.string().length(120),
    kind: p.enum([...deviceKinds]),
    /** Null for equipment not tied to one modality (a PACS workstation). */
    modality: p.enum([...modalities]).nullable(),
    manufacturer: p.string().length(120),
    model: p.string().length(120),
    serialNumber: p.string().length(60).unique(),
    room: p.string().length(60).nullable(),
    installedOn: p.date().nullable(),
    endOfSupportOn: p.date().nullable(),
    status: p.enum([...deviceStatuses]).default("active"),
    /** Set by retireDevice; null on devices retired before the register kept it. */
    retiredAt: p.datetime().nullable(),
    retiredBy: p.string().length(200).nullable(),
    retiredReason: p.string().length(300).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class Device extends DeviceSchema.class {}
DeviceSchema.setClass(Device);
