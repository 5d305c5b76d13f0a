import { requiredText } from "@gantry/subgraph-kit/input-rules";
import { z } from "zod";

/** The column holds 2000 characters: longer or blank text is refused before anything reaches the database. */
export const add{{type}}Input = z.object({
  text: requiredText(2000, { multiline: true }),
});
export type Add{{type}}Input = z.infer<typeof add{{type}}Input>;
