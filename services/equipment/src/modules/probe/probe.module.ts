import { defineModule } from "@gantry/subgraph-kit/modules";
import type { EquipmentContext } from "../../context.ts";
import { DisinfectionSchema } from "./disinfection.entity.ts";
import { ProbeUseSchema } from "./probe-use.entity.ts";
import { probeHistoryLoader } from "./probe.loader.ts";
import { ProbeManager } from "./probe.manager.ts";
import { probeResolvers } from "./probe.resolvers.ts";
import { ProbeStore } from "./probe.store.ts";

export const probeModule = defineModule<EquipmentContext>({
  name: "probe",
  typeDefs: new URL("./probe.graphql", import.meta.url),
  resolvers: probeResolvers,
  entities: [ProbeUseSchema, DisinfectionSchema],
  providers: {
    probes: (context) => {
      const store = new ProbeStore(context.em);
      return new ProbeManager(context, store, probeHistoryLoader(store), context.devices, context.stock, context.items);
    },
  },
});
