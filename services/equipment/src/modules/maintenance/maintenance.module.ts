import { defineModule } from "@gantry/subgraph-kit/modules";
import type { EquipmentContext } from "../../context.ts";
import { MaintenanceSchema } from "./maintenance.entity.ts";
import { maintenanceByDeviceLoader, maintenanceLoader } from "./maintenance.loader.ts";
import { MaintenanceManager } from "./maintenance.manager.ts";
import { maintenanceResolvers } from "./maintenance.resolvers.ts";
import { MaintenanceStore } from "./maintenance.store.ts";

export const maintenanceModule = defineModule<EquipmentContext>({
  name: "maintenance",
  typeDefs: new URL("./maintenance.graphql", import.meta.url),
  resolvers: maintenanceResolvers,
  entities: [MaintenanceSchema],
  providers: {
    maintenance: (context) => {
      const store = new MaintenanceStore(context.em);
      const loaders = { byDevice: maintenanceByDeviceLoader(store), byId: maintenanceLoader(store) };
      return new MaintenanceManager(context, store, loaders, context.devices);
    },
  },
});
