import DataLoader from "dataloader";
import type { ContinuingEducation } from "./continuing-education.entity.ts";
import type { ContinuingEducationStore } from "./continuing-education.store.ts";

/** Continuing education of many staff members in one SQL statement, newest first. */
export function educationByStaffMemberLoader(store: ContinuingEducationStore) {
  return new DataLoader<string, ContinuingEducation[]>(async (staffMemberIds) => {
    const grouped = new Map<string, ContinuingEducation[]>(staffMemberIds.map((id) => [id, []]));
    for (const activity of await store.findByStaffMembers(staffMemberIds)) grouped.get(activity.staffMemberId)?.push(activity);
    return staffMemberIds.map((id) => grouped.get(id) ?? []);
  });
}
export type EducationByStaffMemberLoader = ReturnType<typeof educationByStaffMemberLoader>;
