/** The area whose rule an appointment breaks: where the fix is made. */
export type OwningArea = "scheduling" | "equipment" | "staff" | "patients";

/**
 * One reason an appointment cannot be booked as asked, in the department's words, with the area
 * where it is fixed and whether someone with the override permission may book anyway (with a reason).
 */
export interface Blocker {
  code: string;
  area: OwningArea;
  message: string;
  overridable: boolean;
}

export function blocker(code: string, area: OwningArea, message: string, overridable: boolean): Blocker {
  return { code, area, message, overridable };
}
