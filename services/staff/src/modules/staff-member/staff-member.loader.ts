import DataLoader from "dataloader";
import type { StaffMember } from "./staff-member.entity.ts";
import type { StaffMemberStore } from "./staff-member.store.ts";

/** Per-request batching: however many staff members a query (or the gateway) asks for, one SQL statement. */
export function staffMemberLoader(store: StaffMemberStore) {
  return new DataLoader<string, StaffMember | null>(async (ids) => {
    const found = new Map((await store.findByIds(ids)).map((member) => [member.id, member]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
export type StaffMemberLoader = ReturnType<typeof staffMemberLoader>;
