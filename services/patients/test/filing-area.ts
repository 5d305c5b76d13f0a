import { eventTablesV1 } from "@gantry/subgraph-kit/events/event-tables";
import { onEvent } from "@gantry/subgraph-kit/events/event-handler";
import { patientMerged } from "@gantry/subgraph-kit/events/patient-events";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import type { SubgraphDefinition } from "@gantry/subgraph-kit/server";
import type { SubgraphDataModel } from "@gantry/subgraph-kit/service";
import { defineEntity, p } from "@mikro-orm/core";
import { Migration } from "@mikro-orm/migrations";
import { parse } from "graphql";

/**
 * A small area built with the kit, standing in for the areas to come (scheduling, quality): it
 * files records under patient ids in its own database and, on `patient.merged`, moves the
 * duplicate's records to the survivor. Tests switch it to failing to see retries.
 */
export const filingAreaName = "filing";

const FiledRecord = defineEntity({
  name: "FiledRecord",
  tableName: "filed_record",
  properties: { id: p.uuid().primary(), patientId: p.uuid(), label: p.string() },
});

class FilingTables extends Migration {
  override name = "Migration20261201000100_filing";
  override up(): void {
    this.addSql(`create table filed_record (id uuid primary key, patient_id uuid not null, label text not null)`);
    for (const statement of eventTablesV1) this.addSql(statement);
  }
}

export const filingDataModel: SubgraphDataModel = {
  database: "filing",
  entities: [FiledRecord],
  migrations: [{ name: "Migration20261201000100_filing", class: FilingTables }],
};

/** What a test can change in the running area. */
export interface FilingSwitches {
  /** While set, the handler fails (after moving the records: the rollback must undo them). */
  failing: boolean;
  /** Deliveries the handler saw, applied or not. */
  handled: number;
}

export function filingArea(switches: FilingSwitches): SubgraphDefinition<SubgraphContext> {
  return {
    name: filingAreaName,
    typeDefs: parse(`type Query { filedRecordCount(patientId: ID!): Int! }`),
    resolvers: {
      Query: {
        filedRecordCount: async (_parent: unknown, args: { patientId: string }, context: SubgraphContext) => {
          const [row] = await context.em.execute<{ count: string }[]>(`select count(*) as count from filed_record where patient_id = ?`, [
            args.patientId,
          ]);
          return Number(row?.count);
        },
      },
    },
    extendContext: (base) => base,
    eventHandlers: [
      onEvent(patientMerged, async ({ survivorId, duplicateId }, { em }) => {
        switches.handled += 1;
        await em.execute(`update filed_record set patient_id = ? where patient_id = ?`, [survivorId, duplicateId]);
        if (switches.failing) throw new Error("the filing area is broken");
      }),
    ],
  };
}
