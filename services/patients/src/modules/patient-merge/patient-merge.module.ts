import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { PatientMergeSchema } from "./patient-merge.entity.ts";
import { patientMergeLoaders } from "./patient-merge.loader.ts";
import { PatientMergeManager } from "./patient-merge.manager.ts";
import { patientMergeResolvers } from "./patient-merge.resolvers.ts";
import { PatientMergeStore } from "./patient-merge.store.ts";

export const patientMergeModule = defineModule<PatientsContext>({
  name: "patient-merge",
  typeDefs: new URL("./patient-merge.graphql", import.meta.url),
  resolvers: patientMergeResolvers,
  entities: [PatientMergeSchema],
  providers: {
    patientMerges: (context) => {
      const store = new PatientMergeStore(context.em);
      return new PatientMergeManager(context, store, patientMergeLoaders(store));
    },
    // What PatientManager.merge runs inside its transaction; the merge trail lives here, the checks there.
    mergeRecords: (context) => (fromPatientId, toPatientId, reason) =>
      context.patientMerges.moveRecords(fromPatientId, toPatientId, reason),
  },
});
