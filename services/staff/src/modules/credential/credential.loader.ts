import DataLoader from "dataloader";
import type { Credential } from "./credential.entity.ts";
import type { CredentialStore } from "./credential.store.ts";

/** Credentials of many staff members in one SQL statement, soonest expiry first. */
export function credentialsByStaffMemberLoader(store: CredentialStore) {
  return new DataLoader<string, Credential[]>(async (staffMemberIds) => {
    const grouped = new Map<string, Credential[]>(staffMemberIds.map((id) => [id, []]));
    for (const credential of await store.findByStaffMembers(staffMemberIds)) grouped.get(credential.staffMemberId)?.push(credential);
    return staffMemberIds.map((id) => grouped.get(id) ?? []);
  });
}
export type CredentialsByStaffMemberLoader = ReturnType<typeof credentialsByStaffMemberLoader>;
