import { z } from "zod";
import { badUserInput } from "../errors.ts";
import { isRecordId } from "../input-rules.ts";

export interface AccessLogFilter {
  patientId?: string | null;
  actorSubject?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The filter checked once, the same way in every area (the root field and each area's page check it). */
export function checkAccessLogFilter(filter: AccessLogFilter | null | undefined): AccessLogFilter {
  const checked = filter ?? {};
  if (checked.patientId && !isRecordId(checked.patientId))
    throw badUserInput("filter.patientId is not a patient id.", [{ field: "filter.patientId", message: "must be a UUID" }]);
  if (checked.actorSubject && checked.actorSubject.length > 200)
    throw badUserInput("filter.actorSubject is longer than any subject.", [
      { field: "filter.actorSubject", message: "at most 200 characters" },
    ]);
  if (checked.from && checked.to && checked.from > checked.to)
    throw badUserInput("filter.from is after filter.to.", [{ field: "filter.to", message: "must not be before from" }]);
  return checked;
}

const encodedFilter = z
  .object({
    patientId: z.string().nullable(),
    actorSubject: z.string().nullable(),
    from: z.iso.datetime().nullable(),
    to: z.iso.datetime().nullable(),
  })
  .strict();

/** The `AuditTrail` key: the checked filter, so every area pages the same question. */
export function encodeTrailId(filter: AccessLogFilter): string {
  const json = JSON.stringify({
    patientId: filter.patientId ?? null,
    actorSubject: filter.actorSubject ?? null,
    from: filter.from?.toISOString() ?? null,
    to: filter.to?.toISOString() ?? null,
  });
  return Buffer.from(json).toString("base64url");
}

export function decodeTrailId(id: string): AccessLogFilter {
  let parsed: unknown = null;
  try {
    parsed = id.length <= 1000 ? JSON.parse(Buffer.from(id, "base64url").toString()) : null;
  } catch {
    parsed = null;
  }
  const result = encodedFilter.safeParse(parsed);
  if (!result.success) throw badUserInput("The audit trail id is not one this API gave out.", [{ field: "id", message: "unknown id" }]);
  const { from, to, ...rest } = result.data;
  return checkAccessLogFilter({ ...rest, from: from ? new Date(from) : null, to: to ? new Date(to) : null });
}
