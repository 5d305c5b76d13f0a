import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

export const serviceContractResolvers: Resolvers = {
  Query: {
    contractsExpiring: (_root, args, { contracts }) => contracts.expiring(args),
  },
  Mutation: {
    addServiceContract: (_root, { input }, { contracts }) => contracts.add(input),
  },
  ServiceContract: {
    device: (contract, _args, { devices }) => devices.loadOrFail(contract.deviceId),
    coverage: (contract) => toGraphQLEnum(contract.coverage),
    // numeric comes back as text; always show two decimals.
    annualCost: (contract) => Number(contract.annualCost).toFixed(2),
  },
};
