import { allow, definePermissions, type Permission } from "@gantry/auth/permissions";
import { departmentRoles, roles, type Role, type Scope } from "@gantry/auth/roles";

/** The front desk books; the coordinator runs the schedule and may do all the front desk does. */
const bookers: readonly Role[] = ["scheduler", "coordinator"];
/** Whose work needs orders and appointments (the field-level phi:read check still applies). */
const clinicalReaders: readonly Role[] = ["scheduler", "technologist", "radiologist", "coordinator", "quality_officer"];

/** One grant for the department's roles, and one for a third-party tool (the EHR, a script) granted the scopes. */
function allowWithIntegration(description: string, roleList: readonly Role[], scopeList: readonly Scope[]): Permission {
  return {
    description,
    grants: [
      { roles: roleList, scopes: scopeList },
      { roles: ["integration"], scopes: scopeList },
    ],
  };
}

/**
 * The scheduling area's permission catalogue: every action and who may perform it. The API
 * enforces it (access.ts) and serves it to the screens as `schedulingPermissions`, so they never
 * disagree. Orders and appointments are PHI (they say who has which exam), so every action on
 * them also needs the PHI scope; the catalogue and schedules are not PHI.
 */
export const schedulingPermissions = definePermissions({
  // The shell lists the area in navigation to those this allows; each action below still checks its own grant.
  openArea: allow("Open the Scheduling workspace", departmentRoles),
  readCatalogue: allow("Read the procedure catalogue", departmentRoles),
  manageCatalogue: allow("Add, edit and retire procedures", ["coordinator", "administrator"]),
  readSchedules: allow("Read device schedules and reserved blocks", departmentRoles),
  manageSchedules: allow("Set opening hours, exceptions and reserved blocks", ["coordinator", "administrator"]),
  readOrders: allowWithIntegration("Read imaging orders and the order queue", clinicalReaders, ["phi:read"]),
  placeOrders: allowWithIntegration("Enter imaging orders", bookers, ["phi:write"]),
  // The radiologist checks the indication and protocols; the coordinator sets priority and holds.
  triageOrders: allow("Triage orders: priority, protocol, hold, revoke", ["coordinator", "radiologist"], ["phi:write"]),
  overridePriorAuthorization: allow("Override whether an order needs a prior authorization", ["coordinator"], ["phi:write"]),
  readAppointments: allowWithIntegration("Read appointments and their history", clinicalReaders, ["phi:read"]),
  bookAppointments: allow("Find slots, hold, book, reschedule and cancel appointments; keep the waitlist", bookers, ["phi:write"]),
  overbook: allow("Book over an appointment already in the slot (flagged and audited)", ["coordinator"], ["phi:write"]),
  // Radiologists decide (clear an implant, accept an eGFR); the coordinator books with that decision as the reason.
  overrideBookingRules: allow("Book despite a blocker that may be overridden, with a reason", ["coordinator"], ["phi:write"]),
  // The exam day: the front desk receives patients, technologists perform exams, radiologists report.
  receivePatients: allow("Mark arrivals, check patients in, and mark no-shows and patients who left without being seen", bookers, [
    "phi:write",
  ]),
  performExams: allow("Start, complete and discontinue exams", ["technologist"], ["phi:write"]),
  // The technologist in the room records the decision (a radiologist cleared a low eGFR, say) as the reason.
  overrideRulesAtExamStart: allow(
    "Start an exam past a rule that failed since booking and may be overridden, saying who cleared it",
    ["technologist"],
    ["phi:write"],
  ),
  trackReports: allow("Record preliminary and final report times and the report's distribution", ["radiologist"], ["phi:write"]),
  reportCriticalFindings: allow("Record a critical or unexpected finding on an exam", ["radiologist"], ["phi:write"]),
  communicateCriticalFindings: allow(
    "Record that a critical finding was communicated, with the read-back",
    ["radiologist", "coordinator"],
    ["phi:write"],
  ),
  manageCriticalResultLimits: allow("Set the time limits for communicating critical findings", ["coordinator", "administrator"]),
  // The log is gated by its scope alone: any role holding audit:read (manager, quality, administrator) reads it.
  readAccessLog: allow("Read the PHI access log", roles, ["audit:read"]),
});

export type SchedulingAction = keyof typeof schedulingPermissions;
