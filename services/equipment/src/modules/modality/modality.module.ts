import { defineModule } from "@gantry/subgraph-kit/modules";
import type { EquipmentContext } from "../../context.ts";

/** Only the Modality enum (the staff area's codes), which devices and downtime filter by. */
export const modalityModule = defineModule<EquipmentContext>({
  name: "modality",
  typeDefs: new URL("./modality.graphql", import.meta.url),
});
