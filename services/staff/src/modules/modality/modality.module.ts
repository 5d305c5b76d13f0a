import { defineModule } from "@gantry/subgraph-kit/modules";
import type { StaffContext } from "../../context.ts";

/** The Modality enum the other modules share. */
export const modalityModule = defineModule<StaffContext>({ name: "modality", typeDefs: new URL("./modality.graphql", import.meta.url) });
