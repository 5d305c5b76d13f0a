import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { badUserInput, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireDirectoryReader, requireStaffPermission } from "../../access.ts";
import { calendarDate } from "../../dates.ts";
import { addDays, daysBetween, departmentToday } from "../../department.ts";
import { isUuid } from "../../uuid.ts";
import { modality as modalityRule } from "@gantry/subgraph-kit/modality";
import type { StaffMember } from "../staff-member/staff-member.entity.ts";
import type { StaffMemberManager } from "../staff-member/staff-member.manager.ts";
import { Credential } from "./credential.entity.ts";
import { addCredentialInput, credentialedPeriod, expiringQuery, renewCredentialInput, verificationOutcome } from "./credential.input.ts";
import type { CredentialsByStaffMemberLoader } from "./credential.loader.ts";
import type { CredentialStore } from "./credential.store.ts";

export type ExpiryBand = "EXPIRED" | "WITHIN_30_DAYS" | "WITHIN_60_DAYS" | "WITHIN_90_DAYS" | "LATER";

export interface ExpiringCredential {
  credential: Credential;
  daysLeft: number;
  band: ExpiryBand;
}

/** The 90/60/30-day bands the department watches; a credential expiring in exactly 30 days is in the 30-day band. */
export function expiryBand(daysLeft: number): ExpiryBand {
  if (daysLeft < 0) return "EXPIRED";
  if (daysLeft <= 30) return "WITHIN_30_DAYS";
  if (daysLeft <= 60) return "WITHIN_60_DAYS";
  if (daysLeft <= 90) return "WITHIN_90_DAYS";
  return "LATER";
}

/** The rules of credentials: who may change them, what is valid, who counts as credentialed. */
export class CredentialManager {
  private readonly context: SubgraphContext;
  private readonly store: CredentialStore;
  private readonly byStaffMember: CredentialsByStaffMemberLoader;
  private readonly staff: StaffMemberManager;

  constructor(context: SubgraphContext, store: CredentialStore, byStaffMember: CredentialsByStaffMemberLoader, staff: StaffMemberManager) {
    this.context = context;
    this.store = store;
    this.byStaffMember = byStaffMember;
    this.staff = staff;
  }

  forStaffMember(staffMemberId: string): Promise<Credential[]> {
    return this.byStaffMember.load(staffMemberId);
  }

  async expiring(args: { withinDays: number; asOf?: string | null; includeExpired?: boolean | null }): Promise<ExpiringCredential[]> {
    requireDirectoryReader(this.context.identity, "The credential expiry watch");
    const query = parseInput(expiringQuery, args, "arguments");
    const asOf = query.asOf ?? departmentToday();
    const credentials = await this.store.expiring(query.includeExpired ? null : asOf, addDays(asOf, query.withinDays));
    return credentials.map((credential) => {
      const daysLeft = daysBetween(asOf, credential.expiresOn);
      return { credential, daysLeft, band: expiryBand(daysLeft) };
    });
  }

  async credentialedFor(rawModality: unknown, rawDay: unknown): Promise<StaffMember[]> {
    requireDirectoryReader(this.context.identity, "Looking up credentialed staff");
    const modality = parseInput(modalityRule, rawModality, "modality");
    const day = rawDay ? parseInput(calendarDate, rawDay, "on") : departmentToday();
    const members = await this.store.credentialedFor(modality, day);
    this.staff.prime(members);
    return members;
  }

  async credentialedDuring(
    rawModality: unknown,
    rawFrom: unknown,
    rawTo: unknown,
  ): Promise<{ staffMember: StaffMember; days: string[] }[]> {
    requireDirectoryReader(this.context.identity, "Looking up credentialed staff");
    const modality = parseInput(modalityRule, rawModality, "modality");
    const { from, to } = parseInput(credentialedPeriod, { from: rawFrom, to: rawTo }, "arguments");
    const credentialed = await this.store.credentialedDuring(modality, from, to);
    this.staff.prime(credentialed.map((entry) => entry.staffMember));
    return credentialed;
  }

  async add(rawInput: unknown): Promise<Credential> {
    requireStaffPermission(this.context.identity, "keepCredentials", "Adding a credential");
    const input = parseInput(addCredentialInput, rawInput);
    await this.staff.loadOrFail(input.staffMemberId);
    const credential = this.context.em.create(Credential, {
      id: randomUUID(),
      staffMemberId: input.staffMemberId,
      kind: input.kind,
      number: input.number,
      issuer: input.issuer,
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn,
      verification: "unverified",
      verifiedBy: null,
      verifiedAt: null,
    } as Credential);
    await this.context.em.flush();
    return credential;
  }

  /** A renewal moves the dates on; the new document has not been checked, so verification starts over. */
  async renew(id: string, rawInput: unknown): Promise<Credential> {
    requireStaffPermission(this.context.identity, "keepCredentials", "Renewing a credential");
    const input = parseInput(renewCredentialInput, rawInput);
    const credential = await this.getOrFail(id);
    if (input.expiresOn <= credential.expiresOn) {
      throw badUserInput(`A renewal must expire after the current expiry (${credential.expiresOn}).`, [
        { field: "input.expiresOn", message: `must be after ${credential.expiresOn}` },
      ]);
    }
    this.context.em.assign(credential, {
      ...(input.number ? { number: input.number } : {}),
      issuedOn: input.issuedOn,
      expiresOn: input.expiresOn,
      verification: "unverified",
      verifiedBy: null,
      verifiedAt: null,
    });
    await this.context.em.flush();
    return credential;
  }

  async recordVerification(id: string, rawOutcome: unknown): Promise<Credential> {
    requireStaffPermission(this.context.identity, "keepCredentials", "Recording credential verification");
    const outcome = parseInput(verificationOutcome, rawOutcome, "outcome");
    const credential = await this.getOrFail(id);
    this.context.em.assign(credential, { verification: outcome, verifiedBy: this.context.identity.name, verifiedAt: new Date() });
    await this.context.em.flush();
    return credential;
  }

  private async getOrFail(id: string): Promise<Credential> {
    const credential = isUuid(id) ? await this.store.findById(id) : null;
    if (!credential) throw notFound("Credential", id);
    return credential;
  }
}
