import { defineModule } from "@gantry/subgraph-kit/modules";
import type { PatientsContext } from "../../context.ts";
import { RecordKeeping } from "./record-keeping.ts";

/** The types every patient record shares (Actor, Period, …) and what every record's manager needs. */
export const recordKeepingModule = defineModule<PatientsContext>({
  name: "record-keeping",
  typeDefs: new URL("./record-keeping.graphql", import.meta.url),
  providers: {
    records: (context) => new RecordKeeping(context, context.patients, context.accessLog),
  },
});
