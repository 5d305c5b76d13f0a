import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { actorOf } from "../record-keeping/record-keeping.ts";
import { PatientMerge } from "./patient-merge.entity.ts";
import type { PatientMergeLoaders } from "./patient-merge.loader.ts";
import type { PatientMergeStore } from "./patient-merge.store.ts";

/** Moves a duplicate's records to the survivor and writes the merge trail; PatientManager.merge owns the transaction and the checks. */
export class PatientMergeManager {
  private readonly context: SubgraphContext;
  private readonly store: PatientMergeStore;
  private readonly loaders: PatientMergeLoaders;

  constructor(context: SubgraphContext, store: PatientMergeStore, loaders: PatientMergeLoaders) {
    this.context = context;
    this.store = store;
    this.loaders = loaders;
  }

  forPatient(patientId: string): Promise<PatientMerge[]> {
    return this.loaders.byPatientId.load(patientId);
  }

  async moveRecords(duplicateId: string, survivorId: string, reason: string): Promise<void> {
    const movedRecords = await this.store.moveRecords(duplicateId, survivorId);
    const actor = actorOf(this.context.identity);
    this.context.em.create(PatientMerge, {
      id: crypto.randomUUID(),
      survivorId,
      duplicateId,
      reason,
      mergedAt: new Date(),
      mergedBySubject: actor.subject,
      mergedByName: actor.name,
      movedRecords,
    });
  }
}
