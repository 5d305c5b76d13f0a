import { defineEntity, p } from "@mikro-orm/core";

/** How soon a finding must reach the referring provider: the department sets the minutes per urgency. */
export const findingUrgencies = ["immediate", "within-hours", "routine-follow-up"] as const;
export type FindingUrgency = (typeof findingUrgencies)[number];
export const communicationChannels = ["phone", "page", "in-person", "secure-message"] as const;

/** The limits a new department starts with (ACR practice: critical within the hour, urgent within hours). */
export const defaultLimitMinutes: Record<FindingUrgency, number> = {
  immediate: 60,
  "within-hours": 360,
  "routine-follow-up": 3 * 24 * 60,
};

/**
 * A critical or unexpected finding on an exam, and its closed-loop communication: who was told,
 * when, how, and that they read it back. Open until then; past `communicateBy` it is escalated.
 */
export const CriticalFindingSchema = defineEntity({
  name: "CriticalFinding",
  tableName: "critical_finding",
  properties: {
    id: p.uuid().primary(),
    appointmentId: p.uuid(),
    patientId: p.uuid(),
    category: p.string().length(200),
    description: p.string().length(2000).nullable(),
    urgency: p.enum([...findingUrgencies]),
    recordedAt: p.datetime(),
    recordedBy: p.string().length(200),
    /** recordedAt plus the urgency's limit when it was recorded (a later change of limits does not move it). */
    communicateBy: p.datetime(),
    communicatedAt: p.datetime().nullable(),
    communicatedBy: p.string().length(200).nullable(),
    communicatedTo: p.string().length(200).nullable(),
    communicatedVia: p.enum([...communicationChannels]).nullable(),
    readBackConfirmed: p.boolean().nullable(),
  },
});
export class CriticalFinding extends CriticalFindingSchema.class {}
CriticalFindingSchema.setClass(CriticalFinding);

/** The department's time limit per urgency. */
export const CriticalResultLimitSchema = defineEntity({
  name: "CriticalResultLimit",
  tableName: "critical_result_limit",
  properties: {
    urgency: p.enum([...findingUrgencies]).primary(),
    minutes: p.integer(),
    updatedAt: p.datetime(),
    updatedBy: p.string().length(200),
  },
});
export class CriticalResultLimit extends CriticalResultLimitSchema.class {}
CriticalResultLimitSchema.setClass(CriticalResultLimit);
