import type { Identity } from "@gantry/auth/identity";
import type { EntityManager } from "@mikro-orm/postgresql";
import { AppointmentHistory, type Appointment, type AppointmentStatus } from "./appointment.entity.ts";

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** Adds one line to the appointment's append-only history, committed with the change it describes. */
export function recordHistory(
  em: EntityManager,
  identity: Identity,
  appointment: Appointment,
  entry: { action: string; fromStatus: AppointmentStatus | null; changes?: Changes; reason?: string | null },
): void {
  em.create(AppointmentHistory, {
    appointmentId: appointment.id,
    at: new Date(),
    actorSubject: identity.subject,
    actorName: identity.name,
    action: entry.action,
    fromStatus: entry.fromStatus,
    toStatus: appointment.status,
    changes: entry.changes ?? {},
    reason: entry.reason ?? null,
  });
}

/** From → to for each field that differs. */
export function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [field, from] of Object.entries(before)) {
    const to = after[field];
    const same = from instanceof Date && to instanceof Date ? from.getTime() === to.getTime() : from === to;
    if (!same) changes[field] = { from, to };
  }
  return changes;
}
