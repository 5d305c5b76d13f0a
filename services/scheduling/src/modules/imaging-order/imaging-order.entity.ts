import { patientClasses, priorities, type PatientClass } from "@gantry/subgraph-kit/order-scope";
import { defineEntity, p } from "@mikro-orm/core";

export const orderStatuses = ["draft", "active", "on-hold", "revoked", "completed", "entered-in-error"] as const;
export type OrderStatus = (typeof orderStatuses)[number];
/** The statuses an order still needs work in: triage, booking, a hold's release. */
export const openOrderStatuses: readonly OrderStatus[] = ["draft", "active", "on-hold"];
export { patientClasses, priorities, type PatientClass };

/** Most urgent first, as SQL over an order row's alias: the queue's and the worklists' one ordering. */
export const urgencyOrderSql = (order: string) =>
  `case ${order}.priority when 'stat' then 0 when 'asap' then 1 when 'urgent' then 2 else 3 end`;
export const lateralities = ["left", "right", "bilateral"] as const;
export type Laterality = (typeof lateralities)[number];

/**
 * An imaging order (FHIR ServiceRequest, intent "order"): which exam for which patient, asked by
 * whom and why. The accession number comes from a database sequence, so two orders never share one.
 */
export const ImagingOrderSchema = defineEntity({
  name: "ImagingOrder",
  tableName: "imaging_order",
  properties: {
    id: p.uuid().primary(),
    accessionNumber: p.string().length(20).unique(),
    placerOrderNumber: p.string().length(40).nullable(),
    patientId: p.uuid(),
    referringName: p.string().length(200),
    referringNpi: p.string().length(10),
    procedureId: p.uuid(),
    laterality: p.enum([...lateralities]).nullable(),
    reasonCode: p.string().length(8),
    reasonText: p.string().length(500).nullable(),
    priority: p.enum([...priorities]),
    patientClass: p.enum([...patientClasses]),
    status: p.enum([...orderStatuses]),
    requiresPriorAuth: p.boolean(),
    priorAuthOverrideReason: p.string().length(500).nullable(),
    protocol: p.string().length(200).nullable(),
    holdReason: p.string().length(500).nullable(),
    triagedAt: p.datetime().nullable(),
    triagedBy: p.string().length(200).nullable(),
    notes: p.string().length(2000).nullable(),
    orderedAt: p.datetime(),
    orderedBy: p.string().length(200),
    updatedAt: p.datetime(),
    updatedBy: p.string().length(200),
  },
});

export class ImagingOrder extends ImagingOrderSchema.class {}
ImagingOrderSchema.setClass(ImagingOrder);

/** The order's filler number is its accession number: the department is the filler. */
export function fillerOrderNumber(order: ImagingOrder): string {
  return order.accessionNumber;
}
