import { z } from "zod";
import { defineEvent } from "./event-type.ts";

/**
 * Patients merged a duplicate record into a survivor. Areas that file anything under patient ids
 * move it from the duplicate to the survivor.
 */
export const patientMerged = defineEvent(
  "patient.merged",
  z.strictObject({
    survivorId: z.uuid(),
    duplicateId: z.uuid(),
    /** When the merge committed, ISO 8601. */
    mergedAt: z.iso.datetime({ offset: true }),
  }),
);

export type PatientMerged = z.infer<typeof patientMerged.payload>;
