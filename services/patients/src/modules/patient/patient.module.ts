import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { PatientSchema } from "./patient.entity.ts";
import { patientLoaders } from "./patient.loader.ts";
import { PatientManager } from "./patient.manager.ts";
import { patientResolvers } from "./patient.resolvers.ts";
import { PatientStore } from "./patient.store.ts";

export const patientModule = defineModule<PatientsContext>({
  name: "patient",
  typeDefs: new URL("./patient.graphql", import.meta.url),
  resolvers: patientResolvers,
  entities: [PatientSchema],
  providers: {
    patients: (context) => {
      const store = new PatientStore(context.em);
      return new PatientManager(context, store, patientLoaders(store), context.accessLog);
    },
  },
});
