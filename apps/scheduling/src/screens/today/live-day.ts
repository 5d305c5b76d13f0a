import { graphqlRequest, shouldRetry } from "@gantry/web-kit/graphql";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { TrackingBoardVersionQuery } from "../../operations/exam-day.ts";

/** How often the board asks whether anything changed (a timestamp and a count; docs/live-updates.md). */
const versionPollMs = 1_000;

/** Asks the cheap version every second and reloads the day's board and worklist only when it moved. */
export function useLiveDay(day: string): void {
  const queryClient = useQueryClient();
  const version = useQuery({
    queryKey: ["scheduling-live", "board-version", day],
    queryFn: () => graphqlRequest(TrackingBoardVersionQuery, { day }),
    refetchInterval: versionPollMs,
    refetchIntervalInBackground: true,
    retry: shouldRetry,
  });
  const seen = useRef<string | null>(null);
  const current = version.data?.trackingBoardVersion ?? null;
  useEffect(() => {
    if (current === null) return;
    if (seen.current !== null && seen.current !== current) {
      void queryClient.invalidateQueries({ queryKey: ["scheduling", "board"] });
      void queryClient.invalidateQueries({ queryKey: ["scheduling", "worklist"] });
    }
    seen.current = current;
  }, [current, queryClient]);
}
