import { allow, definePermissions } from "@gantry/auth/permissions";
import { departmentRoles, type Role } from "@gantry/auth/roles";

/** The department's targets are set by its quality officers and its imaging manager (administrators step in). */
const targetSetters: readonly Role[] = ["quality_officer", "manager", "administrator"];

/**
 * The quality area's permission catalogue: every action and who may perform it. The API
 * enforces it (access.ts) and serves it to the screens as `qualityPermissions`, so they never disagree.
 */
export const qualityPermissions = definePermissions({
  // The shell lists the area in navigation to those this allows; each action below still checks its own grant.
  openArea: allow("Open the Quality workspace", departmentRoles),
  readKpiTargets: allow("Read the department's KPI targets", departmentRoles),
  setKpiTargets: allow("Set KPI targets", targetSetters),
  // pnpm gen module adds its actions above this line.
});

export type QualityAction = keyof typeof qualityPermissions;
