import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { boundedList, optionalText, recordId, requiredText } from "@gantry/subgraph-kit/input-rules";
import { modalities, modality } from "@gantry/subgraph-kit/modality";
import { z } from "zod";
import { contrastRoutes, screenings } from "./procedure.entity.ts";

/** The department's code (CT-HEAD-WO): typed in any case, kept in capitals so codes differ by more than case. */
export const procedureCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, "must be 2 to 20 capitals, digits or dashes, not starting with a dash");

// CPT Category I is five digits, Category II and III four digits then F or T; HCPCS Level II is a
// section letter (A–E, G–H, J–M, P–V) then four digits.
const billingCode = /^(?:\d{5}|\d{4}[FT]|[A-EG-HJ-MP-V]\d{4})$/;

/** Optional codes: blank means none (null); absent stays absent so an edit leaves the field alone. */
function optionalCode(pattern: RegExp, message: string, normalize: (value: string) => string) {
  return z
    .string()
    .transform((value) => normalize(value.trim()))
    .refine((value) => value === "" || pattern.test(value), message)
    .transform((value) => value || null)
    .nullish();
}

const cptCode = optionalCode(
  billingCode,
  "must be a CPT code (5 digits, or 4 digits and F or T) or a HCPCS code (a letter and 4 digits)",
  (value) => value.toUpperCase(),
);
const procedureGroup = optionalCode(
  /^(?=.{1,40}$)[a-z0-9]+(?:-[a-z0-9]+)*$/,
  "must be lower-case words joined by dashes (e.g. cardiac-mr), at most 40 characters",
  (value) => value.toLowerCase(),
);

/** The bounds the database checks too (5 to 480 minutes). */
export const minutes = z.number().int("must be whole minutes").min(5, "must be at least 5 minutes").max(480, "must be at most 480 minutes");

const workloadWeight = z
  .number()
  .min(0.01, "must be greater than 0")
  .max(99.99, "must be below 100")
  // numeric(5, 2) would round a third decimal away silently.
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, "must have at most two decimals");

const hours = z.number().int("must be whole hours").min(1, "must be at least 1 hour").max(720, "must be at most 720 hours (30 days)");
const reportDueHours = z
  .object({ routine: hours, urgent: hours, asap: hours, stat: hours })
  .refine((due) => due.stat <= due.asap && due.asap <= due.urgent && due.urgent <= due.routine, {
    message: "a more urgent priority must not be due later: stat <= asap <= urgent <= routine",
  });

const screening = fromGraphQLEnum(screenings);

/** Every field's own rule; the rules between fields are `consistentProcedure`'s. */
const fields = {
  code: procedureCode,
  cptCode,
  name: requiredText(200),
  modality,
  bodyPart: requiredText(60),
  lateralityRequired: z.boolean(),
  defaultMinutes: minutes,
  preparation: optionalText(2000, { multiline: true }),
  contrast: fromGraphQLEnum(contrastRoutes),
  contrastAgent: optionalText(100),
  screenings: boundedList(screening, screenings.length),
  consentRequired: z.boolean(),
  priorAuthRequired: z.boolean(),
  workloadWeight,
  reportDueHours,
  procedureGroup,
};

export const addProcedureInput = z.object({
  ...fields,
  screenings: fields.screenings.default([]),
  consentRequired: fields.consentRequired.default(false),
});
export type AddProcedureInput = z.infer<typeof addProcedureInput>;

export const updateProcedureInput = z.object(fields).partial();
export type UpdateProcedureInput = z.infer<typeof updateProcedureInput>;

/**
 * The rules between fields, checked on the procedure as it will be saved (after an edit, the
 * stored fields merged with the changed ones), so a partial edit cannot break them either.
 */
export const consistentProcedure = z
  .object({
    modality: z.enum(modalities),
    contrast: z.enum(contrastRoutes),
    contrastAgent: z.string().nullable(),
    screenings: z.array(z.enum(screenings)),
  })
  .refine((procedure) => procedure.contrast === "none" || procedure.contrastAgent !== null, {
    message: "name the agent (e.g. iohexol) when contrast is ORAL or IV",
    path: ["contrastAgent"],
  })
  .refine((procedure) => procedure.contrast !== "none" || procedure.contrastAgent === null, {
    message: "a contrast agent goes only with ORAL or IV contrast",
    path: ["contrastAgent"],
  })
  // Everyone entering the MR suite is screened: an MR procedure without it would book people unscreened.
  .refine((procedure) => procedure.modality !== "mr" || procedure.screenings.includes("mri-safety"), {
    message: "an MR procedure needs the MRI_SAFETY screening",
    path: ["screenings"],
  });

export const catalogueSearch = z.object({
  search: optionalText(100),
  modality: modality.nullish(),
  includeRetired: z.boolean().nullish(),
});

export const retireProcedureInput = z.object({
  reason: requiredText(300, { multiline: true }).refine((value) => value.length >= 3, "say why the procedure is retired"),
});

export const procedureDurationInput = z.object({ deviceId: recordId, minutes });
