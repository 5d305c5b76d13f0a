import type { RemoteManifestEntry } from "@gantry/web-kit/area";
import { describeError } from "@gantry/web-kit/graphql";
import type { Session } from "@gantry/web-kit/session";
import { useQuery } from "@tanstack/react-query";
import { askAreaAccess, type AreaAccess } from "./area-access.ts";

export interface AreasAccess {
  /** "checking" until the API has answered; every area "unavailable" when the question failed. */
  of(area: string): AreaAccess;
  checking: boolean;
  /** Why the question failed as a whole, in words, or null. */
  problem: string | null;
  retry(): void;
}

/** The navigation's one question to the API after sign-in: which areas the person may open. */
export function useAreasAccess(session: Session | null, entries: RemoteManifestEntry[] | undefined): AreasAccess {
  const answer = useQuery({
    queryKey: ["area-access", session?.username, entries?.map((entry) => entry.area)],
    queryFn: () => askAreaAccess(entries ?? []),
    enabled: session !== null && entries !== undefined,
    staleTime: 5 * 60_000,
  });
  const problem = answer.error ? `Gantry could not check which areas you may open. ${describeError(answer.error)}` : null;
  return {
    of: (area) => answer.data?.get(area) ?? (problem ? { state: "unavailable", reason: problem } : { state: "checking" }),
    checking: answer.isPending && problem === null,
    problem,
    retry: () => void answer.refetch(),
  };
}
