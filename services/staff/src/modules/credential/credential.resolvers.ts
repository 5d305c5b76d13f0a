import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { requireDirectoryReader } from "../../access.ts";
import { modalities } from "@gantry/subgraph-kit/modality";
import type { VerificationStatus } from "./credential.entity.ts";
import { modalitiesQualifiedBy, qualifyingKinds } from "./qualifications.ts";

/** Thin: arguments in, manager call, result out. */
export const credentialResolvers: Resolvers = {
  Query: {
    credentialsExpiring: (_root, args, { credentials }) => credentials.expiring(args),
    staffCredentialedFor: (_root, { modality, on }, { credentials }) => credentials.credentialedFor(modality, on),
    staffCredentialedDuring: (_root, { modality, from, to }, { credentials }) => credentials.credentialedDuring(modality, from, to),
    credentialQualifications: (_root, _args, { identity }) => {
      requireDirectoryReader(identity, "The qualification table");
      return modalities.flatMap((modality) =>
        qualifyingKinds[modality].map((kind) => ({ kind: toGraphQLEnum(kind), modality: toGraphQLEnum(modality) })),
      );
    },
  },
  Mutation: {
    addCredential: (_root, { input }, { credentials }) => credentials.add(input),
    renewCredential: (_root, { id, input }, { credentials }) => credentials.renew(id, input),
    recordCredentialVerification: (_root, { id, outcome }, { credentials }) => credentials.recordVerification(id, outcome),
  },
  Credential: {
    staffMember: (credential, _args, { staff }) => staff.loadOrFail(credential.staffMemberId),
    kind: (credential) => toGraphQLEnum(credential.kind),
    verification: (credential) => toGraphQLEnum(credential.verification as VerificationStatus),
    verifiedBy: (credential) => credential.verifiedBy ?? null,
    verifiedAt: (credential) => credential.verifiedAt ?? null,
    qualifiesFor: (credential) => modalitiesQualifiedBy(credential.kind).map(toGraphQLEnum),
  },
  ExpiringCredential: {
    staffMember: (expiring, _args, { staff }) => staff.loadOrFail(expiring.credential.staffMemberId),
  },
};
