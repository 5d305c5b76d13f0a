import { badUserInput } from "../errors.ts";

/**
 * Where a page of the access log ended: the last entry's time (in microseconds, the column's own
 * precision, so no entry is skipped or repeated at a page edge) and id. Opaque to callers.
 */
export interface AccessLogPosition {
  atMicros: string;
  id: string;
}

const pattern = /^k:(\d{1,20}):(\d{1,20})$/;

export function encodeAccessLogCursor(position: AccessLogPosition): string {
  return Buffer.from(`k:${position.atMicros}:${position.id}`).toString("base64url");
}

export function decodeAccessLogCursor(cursor: string): AccessLogPosition {
  const match = pattern.exec(Buffer.from(cursor, "base64url").toString());
  if (!match?.[1] || !match[2])
    throw badUserInput("The `after` cursor is not one this API gave out.", [{ field: "after", message: "unknown cursor" }]);
  return { atMicros: match[1], id: match[2] };
}
