import { defineModule } from "@gantry/subgraph-kit/modules";
import type { EquipmentContext } from "../../context.ts";
import { DeviceSchema } from "./device.entity.ts";
import { deviceLoader } from "./device.loader.ts";
import { DeviceManager } from "./device.manager.ts";
import { deviceResolvers } from "./device.resolvers.ts";
import { DeviceStore } from "./device.store.ts";

export const deviceModule = defineModule<EquipmentContext>({
  name: "device",
  typeDefs: new URL("./device.graphql", import.meta.url),
  resolvers: deviceResolvers,
  entities: [DeviceSchema],
  providers: {
    devices: (context) => {
      const store = new DeviceStore(context.em);
      return new DeviceManager(context, store, deviceLoader(store));
    },
  },
});
