import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";

export interface CursorPaging {
  /** The cursor to ask the API for the current page with (null on the first page). */
  after: string | null;
  /** Position (from 1) of the current page's first row. */
  firstRow: number;
  onFirstPage: boolean;
  /** Back to the first page, for when a filter changes. */
  reset(): void;
  previous(): void;
  next(endCursor: string | null): void;
}

/** Forward cursor paging over a connection, remembering the pages seen so "Previous" needs no backwards API. */
export function useCursorPaging(pageSize: number): CursorPaging {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    firstRow: (cursors.length - 1) * pageSize + 1,
    onFirstPage: cursors.length === 1,
    reset: () => setCursors([null]),
    previous: () => setCursors((seen) => seen.slice(0, -1)),
    next: (endCursor) => setCursors((seen) => [...seen, endCursor]),
  };
}

export interface CursorPagerProps {
  paging: CursorPaging;
  /** The page shown: its row count, the total and where the next page starts. */
  page: { nodes: readonly unknown[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  /** Test id of the "first–last of total" line. */
  countTestId: string;
}

/** Under a paged table: which rows are shown of how many, and the previous and next page buttons. */
export function CursorPager({ paging, page, countTestId }: CursorPagerProps) {
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" data-testid={countTestId}>
        {paging.firstRow}–{paging.firstRow + page.nodes.length - 1} of {page.totalCount}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={paging.onFirstPage} onClick={paging.previous}>
          Previous page
        </Button>
        <Button variant="default" size="xs" disabled={!page.pageInfo.hasNextPage} onClick={() => paging.next(page.pageInfo.endCursor)}>
          Next page
        </Button>
      </Group>
    </Group>
  );
}
