import { defineModule } from "@gantry/subgraph-kit/modules";
import type { EquipmentContext } from "../../context.ts";
import { ServiceContractSchema } from "./service-contract.entity.ts";
import { contractsByDeviceLoader } from "./service-contract.loader.ts";
import { ServiceContractManager } from "./service-contract.manager.ts";
import { serviceContractResolvers } from "./service-contract.resolvers.ts";
import { ServiceContractStore } from "./service-contract.store.ts";

export const serviceContractModule = defineModule<EquipmentContext>({
  name: "service-contract",
  typeDefs: new URL("./service-contract.graphql", import.meta.url),
  resolvers: serviceContractResolvers,
  entities: [ServiceContractSchema],
  providers: {
    contracts: (context) => {
      const store = new ServiceContractStore(context.em);
      return new ServiceContractManager(context, store, contractsByDeviceLoader(store), context.devices);
    },
  },
});
