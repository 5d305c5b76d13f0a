import { defineEntity, p } from "@mikro-orm/core";

export const priorStudyRequestStatuses = ["requested", "received", "cancelled", "failed"] as const;
export type PriorStudyRequestStatus = (typeof priorStudyRequestStatuses)[number];

/** A request to an outside facility for a patient's earlier images, for comparison. */
export const PriorStudyRequestSchema = defineEntity({
  name: "PriorStudyRequest",
  tableName: "prior_study_request",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    patientId: p.uuid().index(),
    facility: p.string().length(200),
    studiesDescription: p.string().length(500).nullable(),
    status: p.enum([...priorStudyRequestStatuses]),
    requestedAt: p.datetime(),
    requestedBySubject: p.string().length(200),
    requestedByName: p.string().length(200),
    receivedAt: p.datetime().nullable(),
    receivedBySubject: p.string().length(200).nullable(),
    receivedByName: p.string().length(200).nullable(),
    note: p.string().length(500).nullable(),
  },
});

export class PriorStudyRequest extends PriorStudyRequestSchema.class {}
PriorStudyRequestSchema.setClass(PriorStudyRequest);
