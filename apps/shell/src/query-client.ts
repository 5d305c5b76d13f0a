import { shouldRetry } from "@gantry/web-kit/graphql";
import { onSessionChange } from "@gantry/web-kit/session";
import { QueryClient } from "@tanstack/react-query";

/** One cache for the shell and every area (the areas share @tanstack/react-query with the shell). */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false } },
});

// Nothing a previous user loaded (PHI included) survives their sign-out.
onSessionChange((session) => {
  if (!session) queryClient.clear();
});
