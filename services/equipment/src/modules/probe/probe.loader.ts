import DataLoader from "dataloader";
import type { ProbeHistory, ProbeStore } from "./probe.store.ts";

const never: ProbeHistory = { lastUsedAt: null, lastPassingDisinfectionId: null, lastPassingAt: null };

/** Use and disinfection history of many probes in one SQL statement (a list of probes asks once). */
export function probeHistoryLoader(store: ProbeStore) {
  return new DataLoader<string, ProbeHistory>(async (probeIds) => {
    const found = await store.histories(probeIds);
    return probeIds.map((id) => found.get(id) ?? never);
  });
}
export type ProbeHistoryLoader = ReturnType<typeof probeHistoryLoader>;
