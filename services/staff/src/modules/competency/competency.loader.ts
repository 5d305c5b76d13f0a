import DataLoader from "dataloader";
import type { Competency } from "./competency.entity.ts";
import type { CompetencyStore } from "./competency.store.ts";

/** Competencies of many staff members in one SQL statement, newest first. */
export function competenciesByStaffMemberLoader(store: CompetencyStore) {
  return new DataLoader<string, Competency[]>(async (staffMemberIds) => {
    const grouped = new Map<string, Competency[]>(staffMemberIds.map((id) => [id, []]));
    for (const competency of await store.findByStaffMembers(staffMemberIds)) grouped.get(competency.staffMemberId)?.push(competency);
    return staffMemberIds.map((id) => grouped.get(id) ?? []);
  });
}
export type CompetenciesByStaffMemberLoader = ReturnType<typeof competenciesByStaffMemberLoader>;
