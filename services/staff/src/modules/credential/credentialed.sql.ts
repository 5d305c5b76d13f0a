import { textArray } from "../../database/sql-values.ts";
import { qualificationPairs } from "./qualifications.ts";

/**
 * SQL shared by "who is credentialed for a modality" and "where are the coverage gaps", so the two
 * can never disagree. `qualification(kind, modality)` is the table of qualifications.ts.
 */
export function qualificationCte(): { sql: string; params: string[] } {
  const { kinds, modalities } = qualificationPairs();
  return {
    sql: `qualification as (select * from unnest(?::text[], ?::text[]) as q(kind, modality))`,
    params: [textArray(kinds), textArray(modalities)],
  };
}

/**
 * True when staff member `staff` holds, on `day`, a verified unexpired credential that qualifies
 * for `modality`, and their latest modality-wide competency assessment by then passed and is not
 * past due. Arguments are SQL expressions.
 */
export function credentialedPredicate(staff: string, modality: string, day: string): string {
  return `(
    exists (
      select 1 from credential c
      join qualification q on q.kind = c.kind and q.modality = ${modality}
      where c.staff_member_id = ${staff} and c.verification = 'verified'
        and c.issued_on <= ${day} and c.expires_on >= ${day}
    )
    and coalesce((
      select cp.result = 'passed' and (cp.next_due_on is null or cp.next_due_on >= ${day})
      from competency cp
      where cp.staff_member_id = ${staff} and cp.modality = ${modality} and cp.exam_type is null and cp.assessed_on <= ${day}
      order by cp.assessed_on desc, cp.created_at desc
      limit 1
    ), false)
  )`;
}
