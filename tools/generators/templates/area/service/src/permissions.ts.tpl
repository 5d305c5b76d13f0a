import { allow, definePermissions } from "@gantry/auth/permissions";
import { departmentRoles, type Role } from "@gantry/auth/roles";

// Starting points from `pnpm gen area`: name the area's real readers and record keepers.
/** Who keeps the area's records; everyone else in the department reads them. */
const areaOffice: readonly Role[] = ["coordinator", "manager", "administrator"];

/**
 * The {{area.phrase}} area's permission catalogue: every action and who may perform it. The API
 * enforces it (access.ts) and serves it to the screens as `{{area.camel}}Permissions`, so they never disagree.
 */
export const {{area.camel}}Permissions = definePermissions({
  // The shell lists the area in navigation to those this allows; each action below still checks its own grant.
  openArea: allow("Open the {{area.words}} workspace", departmentRoles),
  {{note.readAction}}: allow("Read the area's {{note.plural}}", departmentRoles),
  {{note.addAction}}: allow("Add {{note.plural}}", areaOffice),
  // pnpm gen module adds its actions above this line.
});

export type {{area.pascal}}Action = keyof typeof {{area.camel}}Permissions;
