import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { CompetencyManager } from "./modules/competency/competency.manager.ts";
import { competenciesByStaffMemberLoader } from "./modules/competency/competency.loader.ts";
import { CompetencyStore } from "./modules/competency/competency.store.ts";
import { ContinuingEducationManager } from "./modules/continuing-education/continuing-education.manager.ts";
import { educationByStaffMemberLoader } from "./modules/continuing-education/continuing-education.loader.ts";
import { ContinuingEducationStore } from "./modules/continuing-education/continuing-education.store.ts";
import { CoverageManager } from "./modules/coverage/coverage.manager.ts";
import { CoverageStore } from "./modules/coverage/coverage.store.ts";
import { CredentialManager } from "./modules/credential/credential.manager.ts";
import { credentialsByStaffMemberLoader } from "./modules/credential/credential.loader.ts";
import { CredentialStore } from "./modules/credential/credential.store.ts";
import { ShiftManager } from "./modules/shift/shift.manager.ts";
import { ShiftStore } from "./modules/shift/shift.store.ts";
import { staffMemberLoader } from "./modules/staff-member/staff-member.loader.ts";
import { StaffMemberManager } from "./modules/staff-member/staff-member.manager.ts";
import { StaffMemberStore } from "./modules/staff-member/staff-member.store.ts";

/** The staff subgraph's request context: the kit's base plus this area's managers. */
export interface StaffContext extends SubgraphContext {
  staff: StaffMemberManager;
  credentials: CredentialManager;
  competencies: CompetencyManager;
  education: ContinuingEducationManager;
  shifts: ShiftManager;
  coverage: CoverageManager;
}

export function staffContext(base: SubgraphContext): StaffContext {
  const staffStore = new StaffMemberStore(base.em);
  const staff = new StaffMemberManager(base, staffStore, staffMemberLoader(staffStore));
  const credentialStore = new CredentialStore(base.em);
  const credentials = new CredentialManager(base, credentialStore, credentialsByStaffMemberLoader(credentialStore), staff);
  return {
    ...base,
    staff,
    credentials,
    competencies: new CompetencyManager(base, competenciesByStaffMemberLoader(new CompetencyStore(base.em)), staff),
    education: new ContinuingEducationManager(
      base,
      educationByStaffMemberLoader(new ContinuingEducationStore(base.em)),
      staff,
      credentials,
    ),
    shifts: new ShiftManager(base, new ShiftStore(base.em), staff),
    coverage: new CoverageManager(base, new CoverageStore(base.em)),
  };
}
