import type { EntityManager } from "@mikro-orm/postgresql";
import { textArray } from "../../database/sql-values.ts";
import { departmentHours } from "../../department.ts";
import { credentialedPredicate, qualificationCte } from "../credential/credentialed.sql.ts";
import type { Modality } from "@gantry/subgraph-kit/modality";

export interface UncoveredHour {
  modality: Modality;
  startsAt: Date;
}

/** Finds the department hours no credentialed technologist covers, in one statement. */
export class CoverageStore {
  private readonly em: EntityManager;
  constructor(em: EntityManager) {
    this.em = em;
  }

  async uncoveredHours(modalities: readonly Modality[], from: string, to: string): Promise<UncoveredHour[]> {
    const qualification = qualificationCte();
    const rows = await this.em.getConnection().execute<{ modality: Modality; starts_at: Date | string }[]>(
      `with ${qualification.sql},
       wanted as (select ?::date as from_day, ?::date as to_day, ?::text as tz, ?::int as opens, ?::int as closes, ?::text[] as modalities),
       hour_slot as (
         select m.modality, (d::date::timestamp + make_interval(hours => h)) at time zone wanted.tz as starts_at, d::date as day
         from wanted
         cross join generate_series(wanted.from_day::timestamp, wanted.to_day::timestamp, interval '1 day') as d
         cross join generate_series(wanted.opens, wanted.closes - 1) as h
         cross join unnest(wanted.modalities) as m(modality)
       )
       select hs.modality, hs.starts_at from hour_slot hs
       where not exists (
         select 1 from shift s join staff_member sm on sm.id = s.staff_member_id
         where s.cancelled_at is null and s.kind = 'regular' and s.modality = hs.modality
           and s.starts_at <= hs.starts_at and s.ends_at >= hs.starts_at + interval '1 hour'
           and sm.active and sm.role in ('technologist', 'sonographer')
           and ${credentialedPredicate("sm.id", "hs.modality", "hs.day")}
       )
       order by hs.modality, hs.starts_at`,
      [
        ...qualification.params,
        from,
        to,
        departmentHours.timeZone,
        departmentHours.opensAtHour,
        departmentHours.closesAtHour,
        textArray(modalities),
      ],
    );
    return rows.map((row) => ({ modality: row.modality, startsAt: new Date(row.starts_at) }));
  }
}
