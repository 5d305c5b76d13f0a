import { z } from "zod";
import { badUserInput } from "./errors.ts";

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const maxPageSize = 100;
/** Past this, a cursor is not one this API gave out (and an offset that large would be refused by PostgreSQL). */
const maxOffset = 10_000_000;
const maxCursorLength = 64;

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

function decodeCursor(cursor: string): number {
  const match = cursor.length <= maxCursorLength ? /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString()) : null;
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!(offset <= maxOffset))
    throw badUserInput("The `after` cursor is not one this API gave out.", [{ field: "after", message: "unknown cursor" }]);
  return offset;
}

const firstSchema = z.number().int().min(1).max(maxPageSize);

/** Turns `first`/`after` arguments into a bounded limit and offset. */
export function pageRequest(args: { first?: number | null; after?: string | null }, defaultSize = 25): PageRequest {
  const first = args.first ?? defaultSize;
  if (!firstSchema.safeParse(first).success) {
    throw badUserInput(`first must be between 1 and ${maxPageSize}.`, [{ field: "first", message: `between 1 and ${maxPageSize}` }]);
  }
  return { limit: first, offset: args.after ? decodeCursor(args.after) : 0 };
}

export function toPage<T>(nodes: T[], totalCount: number, request: PageRequest): Page<T> {
  const end = request.offset + nodes.length;
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: end < totalCount, endCursor: nodes.length > 0 ? encodeCursor(end) : null },
  };
}
