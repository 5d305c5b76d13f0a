import { describeError, GraphQLRequestError, type GraphQLErrorEntry } from "@gantry/web-kit/graphql";

/** One rule a booking broke, as the API's BLOCKED error lists it (extensions.blockers). */
export interface Blocker {
  code: string;
  /** The area where it is fixed: scheduling, patients, staff or equipment. */
  area: string;
  message: string;
  overridable: boolean;
  overridden: boolean;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export function errorCode(error: unknown): string | null {
  return error instanceof GraphQLRequestError ? error.code : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isBlocker(value: unknown): value is Blocker {
  return (
    isRecord(value) &&
    typeof value.code === "string" &&
    typeof value.area === "string" &&
    typeof value.message === "string" &&
    typeof value.overridable === "boolean"
  );
}

/** The blockers of a BLOCKED answer (empty for any other error). */
export function blockersOf(error: unknown): Blocker[] {
  if (!(error instanceof GraphQLRequestError) || error.code !== "BLOCKED") return [];
  return error.errors.flatMap((entry) => {
    const list = entry.extensions?.blockers;
    return Array.isArray(list) ? list.filter(isBlocker).map((found) => ({ ...found, overridden: found.overridden === true })) : [];
  });
}

/** The per-field problems a BAD_USER_INPUT error carries in extensions.problems. */
export function problemsOf(error: unknown): FieldProblem[] {
  if (!(error instanceof GraphQLRequestError)) return [];
  return error.errors.flatMap((entry) => {
    const problems = entry.extensions?.problems;
    if (!Array.isArray(problems)) return [];
    return problems.filter(
      (problem): problem is FieldProblem => isRecord(problem) && typeof problem.field === "string" && typeof problem.message === "string",
    );
  });
}

const areaTitles: Record<string, string> = { scheduling: "Scheduling", patients: "Patients", staff: "Staff", equipment: "Equipment" };

export function areaTitle(area: string): string {
  return areaTitles[area] ?? area.charAt(0).toUpperCase() + area.slice(1);
}

/** The area an AREA_UNAVAILABLE error names, if it does. */
function unavailableArea(error: GraphQLRequestError): string | null {
  const area = error.errors.find((entry) => entry.extensions?.code === "AREA_UNAVAILABLE")?.extensions?.area;
  return typeof area === "string" ? area : null;
}

/**
 * describeError plus the two answers it does not word: an area that is not answering (whose
 * rules then fail closed, so nothing was saved) and a booking refused by its rules.
 */
export function describeSchedulingError(error: unknown): string {
  if (error instanceof GraphQLRequestError && error.code === "AREA_UNAVAILABLE") {
    const area = unavailableArea(error);
    const who = area ? `The ${areaTitle(area)} area` : "Another area";
    // The API says "The staff area is not answering, so <what> could not be checked; nothing was saved."
    // Keep its particulars, without saying the same twice.
    const detail = error.message.replace(/^The \w+ area is not answering, so /i, "").replace(/;? nothing was saved\.?$/i, ".");
    return `${who} is not answering, so nothing was saved: ${detail} Try again in a moment.`;
  }
  if (error instanceof GraphQLRequestError && error.code === "BLOCKED") return error.message;
  return describeError(error);
}

/** True when every error is a refusal of the patient's own fields (name, MRN): PHI this person may not see. */
export function onlyPatientFieldsRefused(errors: readonly GraphQLErrorEntry[]): boolean {
  return (
    errors.length > 0 &&
    errors.every((entry) => entry.extensions?.code === "FORBIDDEN" && (entry.path ?? []).some((segment) => segment === "patient"))
  );
}
