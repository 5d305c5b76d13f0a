import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import type { CompetencyManager } from "./modules/competency/competency.manager.ts";
import type { ContinuingEducationManager } from "./modules/continuing-education/continuing-education.manager.ts";
import type { CoverageManager } from "./modules/coverage/coverage.manager.ts";
import type { CredentialManager } from "./modules/credential/credential.manager.ts";
import type { ShiftManager } from "./modules/shift/shift.manager.ts";
import type { StaffMemberManager } from "./modules/staff-member/staff-member.manager.ts";

/** The staff subgraph's request context: the kit's base plus what its modules provide (built on first use). */
export interface StaffContext extends SubgraphContext {
  staff: StaffMemberManager;
  credentials: CredentialManager;
  competencies: CompetencyManager;
  education: ContinuingEducationManager;
  shifts: ShiftManager;
  coverage: CoverageManager;
}
