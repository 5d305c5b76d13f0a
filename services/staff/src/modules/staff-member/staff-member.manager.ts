import { randomUUID } from "node:crypto";
import { SqlState, conflictOnViolation } from "@gantry/subgraph-kit/database-errors";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { notFound } from "@gantry/subgraph-kit/errors";
import { pageRequest, toPage, type Page } from "@gantry/subgraph-kit/pagination";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireDirectoryReader, requireStaffPermission } from "../../access.ts";
import { isUuid } from "../../uuid.ts";
import { StaffMember } from "./staff-member.entity.ts";
import { addStaffMemberInput, directorySearch, linkSignInInput } from "./staff-member.input.ts";
import type { StaffMemberLoader } from "./staff-member.loader.ts";
import type { StaffMemberStore } from "./staff-member.store.ts";

/** The directory's rules: who may read and add people, what a valid record is. */
export class StaffMemberManager {
  private readonly context: SubgraphContext;
  private readonly store: StaffMemberStore;
  private readonly loader: StaffMemberLoader;

  constructor(context: SubgraphContext, store: StaffMemberStore, loader: StaffMemberLoader) {
    this.context = context;
    this.store = store;
    this.loader = loader;
  }

  /** Entry point for a query or the gateway's entity lookup: checks the caller may read the directory. */
  async get(id: string): Promise<StaffMember | null> {
    requireDirectoryReader(this.context.identity, "Reading the staff directory");
    return this.load(id);
  }

  /** Loads without a role check, for fields of objects the caller was already allowed to read. */
  async load(id: string): Promise<StaffMember | null> {
    if (!isUuid(id)) return null;
    return this.loader.load(id);
  }

  async loadOrFail(id: string): Promise<StaffMember> {
    const member = await this.load(id);
    if (!member) throw notFound("StaffMember", id);
    return member;
  }

  prime(members: StaffMember[]): void {
    for (const member of members) this.loader.prime(member.id, member);
  }

  async directory(filter: unknown, args: { first?: number | null; after?: string | null }): Promise<Page<StaffMember>> {
    requireDirectoryReader(this.context.identity, "The staff directory");
    const search = parseInput(directorySearch, filter, "arguments");
    const page = pageRequest(args);
    const { nodes, totalCount } = await this.store.search(search, page);
    this.prime(nodes);
    return toPage(nodes, totalCount, page);
  }

  async add(rawInput: unknown): Promise<StaffMember> {
    requireStaffPermission(this.context.identity, "addStaffMember", "Adding staff");
    const input = parseInput(addStaffMemberInput, rawInput);
    const member = this.context.em.create(StaffMember, {
      id: randomUUID(),
      employeeId: input.employeeId,
      familyName: input.familyName,
      givenName: input.givenName,
      role: input.role,
      npi: input.npi ?? null,
      active: true,
      modalities: input.modalities ?? [],
    } as StaffMember);
    await conflictOnViolation(
      () => this.context.em.flush(),
      [{ sqlState: SqlState.UniqueViolation, message: `Employee id ${input.employeeId} is already in the directory.` }],
    );
    return member;
  }

  /** The caller's own record: linked by the subject of their sign-in account, never by name. */
  async mine(): Promise<StaffMember | null> {
    requireDirectoryReader(this.context.identity, "Finding your staff record");
    return this.store.bySignInSubject(this.context.identity.subject);
  }

  async linkSignIn(staffMemberId: string, rawSubject: unknown): Promise<StaffMember> {
    requireStaffPermission(this.context.identity, "linkSignInAccount", "Linking a sign-in account");
    const { signInSubject } = parseInput(linkSignInInput, { staffMemberId, signInSubject: rawSubject }, "arguments");
    const member = await this.loadOrFail(staffMemberId);
    member.signInSubject = signInSubject;
    await conflictOnViolation(
      () => this.context.em.flush(),
      [
        {
          sqlState: SqlState.UniqueViolation,
          message: "That sign-in account is linked to another staff record already; unlink it there first.",
        },
      ],
    );
    return member;
  }
}
