import { allow, definePermissions } from "@gantry/auth/permissions";
import { departmentRoles, type Role } from "@gantry/auth/roles";

/** Coordinators run the roster; the imaging manager and administrators may step in. Schedulers only read. */
const staffOffice: readonly Role[] = ["coordinator", "manager", "administrator"];

/**
 * The staff area's permission catalogue: every action and who may perform it. The API enforces
 * it (access.ts) and serves it to the screens as `staffPermissions`, so they never disagree.
 */
export const staffPermissions = definePermissions({
  // The shell lists the area in navigation to those this allows; each action below still checks its own grant.
  openArea: allow("Open the Staff workspace", departmentRoles),
  readDirectory: {
    description: "Read the staff directory, credentials, competencies, shifts and coverage",
    grants: [{ roles: departmentRoles }, { roles: ["integration"], scopes: ["staff:read"] }],
  },
  addStaffMember: allow("Add a person to the staff directory", staffOffice),
  linkSignInAccount: allow("Link a person's sign-in account to their staff record", staffOffice),
  keepCredentials: allow("Add and renew credentials and record their verification", staffOffice),
  recordCompetency: allow("Record competency assessments", staffOffice),
  logContinuingEducation: allow("Log continuing education", staffOffice),
  manageShifts: allow("Assign, swap and cancel shifts and mark on-call", staffOffice),
});

export type StaffAction = keyof typeof staffPermissions;
