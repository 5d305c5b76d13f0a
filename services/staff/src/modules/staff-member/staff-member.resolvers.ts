import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

/** Thin: arguments in, manager call, result out. */
export const staffMemberResolvers: Resolvers = {
  Query: {
    staffMember: (_root, { id }, { staff }) => staff.get(id),
    staffDirectory: (_root, { search, role, modality, active, first, after }, { staff }) =>
      staff.directory({ search, role, modality, active }, { first, after }),
    myStaffRecord: (_root, _args, { staff }) => staff.mine(),
  },
  Mutation: {
    addStaffMember: (_root, { input }, { staff }) => staff.add(input),
    linkSignInAccount: (_root, { staffMemberId, signInSubject }, { staff }) => staff.linkSignIn(staffMemberId, signInSubject ?? null),
  },
  StaffMember: {
    // The gateway asks here for every staff member another area references: role-checked, batched.
    __resolveReference: (reference, { staff }) => staff.get(reference.id),
    name: (member) => ({ family: member.familyName, given: member.givenName, text: `${member.givenName} ${member.familyName}` }),
    role: (member) => toGraphQLEnum(member.role),
    npi: (member) => member.npi ?? null,
    signInLinked: (member) => member.signInSubject != null,
    modalities: (member) => member.modalities.map(toGraphQLEnum),
    credentials: (member, _args, { credentials }) => credentials.forStaffMember(member.id),
    competencies: (member, _args, { competencies }) => competencies.forStaffMember(member.id),
    continuingEducation: (member, _args, { education }) => education.forStaffMember(member.id),
    ceStatus: (member, { asOf }, { education }) => education.status(member.id, asOf),
    shifts: (member, { from, to }, { shifts }) => shifts.forStaffMember(member.id, from, to),
  },
};
