import { allow, definePermissions } from "@gantry/auth/permissions";
import { roles, type Role } from "@gantry/auth/roles";

/** The front desk registers patients and keeps their administrative records. */
const frontDesk: readonly Role[] = ["scheduler", "coordinator"];
/** Those whose work needs the record; the field-level phi:read check still applies to what they read. */
const recordReaders: readonly Role[] = ["scheduler", "technologist", "radiologist", "coordinator", "quality_officer"];

/**
 * The patients area's permission catalogue: every action and who may perform it. The API
 * enforces it (access.ts) and serves it to the screens as `patientsPermissions`, so they never
 * disagree. Every action touches PHI or its access log, so each also needs the scope that
 * guards that data, whatever the role.
 */
export const patientsPermissions = definePermissions({
  // The shell lists the area in navigation to those this allows; each action below still checks its own grant.
  openArea: allow("Open the Patients workspace", recordReaders),
  lookUpPatients: allow("Look patients up and read their records", recordReaders, ["phi:read"]),
  registerAndEditPatients: allow("Register patients and edit their details", frontDesk, ["phi:write"]),
  mergePatients: allow("Merge a duplicate record into the surviving one", frontDesk, ["phi:write"]),
  keepCoverage: allow("Add, edit and verify insurance coverage", frontDesk, ["phi:write"]),
  requestPriorAuthorizations: allow("Request prior authorizations and record the payer's decision", frontDesk, ["phi:write"]),
  requestPriorStudies: allow("Request prior studies from other facilities and record what arrived", frontDesk, ["phi:write"]),
  // The technologist asks the screening questions at the scanner, just before the exam.
  recordScreening: allow("Record and amend safety screenings", ["technologist"], ["phi:write"]),
  // The front desk, or the technologist taking contrast consent at the scanner.
  recordConsent: allow("Record and revoke consents", [...frontDesk, "technologist"], ["phi:write"]),
  // The log is gated by its scope alone: any role holding audit:read (manager, quality, administrator) reads it.
  readAccessLog: allow("Read the PHI access log", roles, ["audit:read"]),
});

export type PatientsAction = keyof typeof patientsPermissions;
