import { defineEntity, p } from "@mikro-orm/core";

export const contractCoverages = ["full", "parts-only", "labor-only", "preventive-only"] as const;
export type ContractCoverage = (typeof contractCoverages)[number];

/** A vendor's service contract for one device. */
export const ServiceContractSchema = defineEntity({
  name: "ServiceContract",
  tableName: "service_contract",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    deviceId: p.uuid().index(),
    vendor: p.string().length(120),
    coverage: p.enum([...contractCoverages]),
    startsOn: p.date(),
    /** Last day covered. */
    endsOn: p.date(),
    /** Money as text, exactly as numeric(12,2) holds it. */
    annualCost: p.decimal().precision(12).scale(2),
    responseTimeHours: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ServiceContract extends ServiceContractSchema.class {}
ServiceContractSchema.setClass(ServiceContract);
