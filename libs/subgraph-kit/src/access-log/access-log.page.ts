import { pageRequest } from "../pagination.ts";
import { decodeAccessLogCursor, encodeAccessLogCursor } from "./access-log.cursor.ts";
import type { AccessLogEntry } from "./access-log.entity.ts";
import type { AccessLogFilter } from "./access-log.filter.ts";
import type { AccessLogStore } from "./access-log.store.ts";

export interface AccessLogConnection {
  nodes: AccessLogEntry[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One page of an area's log as the API answers it: bounded size, opaque keyset cursor. */
export async function accessLogPage(
  store: AccessLogStore,
  filter: AccessLogFilter,
  args: { first?: number | null; after?: string | null },
): Promise<AccessLogConnection> {
  const { limit } = pageRequest({ first: args.first }, 50);
  const page = await store.list(filter, { limit, after: args.after ? decodeAccessLogCursor(args.after) : null });
  return {
    nodes: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.end ? encodeAccessLogCursor(page.end) : null },
  };
}
