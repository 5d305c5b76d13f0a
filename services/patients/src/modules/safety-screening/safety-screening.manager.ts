import { conflict, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import type { RecordKeeping } from "../record-keeping/record-keeping.ts";
import {
  SafetyScreening,
  screeningQuestions,
  type AnswerProvenance,
  type ScreeningAnswerField,
  type ScreeningQuestion,
} from "./safety-screening.entity.ts";
import { amendScreeningInput, recordScreeningInput, type AmendScreeningInput } from "./safety-screening.input.ts";
import type { SafetyScreeningLoaders } from "./safety-screening.loader.ts";
import type { SafetyScreeningStore } from "./safety-screening.store.ts";

const defaultValidDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

export function isExpired(screening: SafetyScreening, now = new Date()): boolean {
  return screening.expiresAt.getTime() <= now.getTime();
}

/** The answers given in an input, as entity columns, with who and when for each question. */
function answerColumns(
  input: AmendScreeningInput,
  provenance: AnswerProvenance,
): { columns: Partial<SafetyScreening>; stamps: Partial<Record<ScreeningQuestion, AnswerProvenance>> } {
  const columns: Record<string, unknown> = {};
  const stamps: Partial<Record<ScreeningQuestion, AnswerProvenance>> = {};
  for (const field of Object.keys(screeningQuestions) as ScreeningAnswerField[]) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    columns[field] = value;
    stamps[screeningQuestions[field]] = provenance;
  }
  return { columns: columns as Partial<SafetyScreening>, stamps };
}

export class SafetyScreeningManager {
  private readonly records: RecordKeeping;
  private readonly store: SafetyScreeningStore;
  private readonly loaders: SafetyScreeningLoaders;

  constructor(records: RecordKeeping, store: SafetyScreeningStore, loaders: SafetyScreeningLoaders) {
    this.records = records;
    this.store = store;
    this.loaders = loaders;
  }

  forPatient(patientId: string): Promise<SafetyScreening[]> {
    return this.loaders.byPatientId.load(patientId);
  }

  async currentFor(patientId: string): Promise<SafetyScreening | null> {
    const now = new Date();
    return (await this.forPatient(patientId)).find((screening) => !isExpired(screening, now)) ?? null;
  }

  async record(rawInput: unknown): Promise<SafetyScreening> {
    this.records.require("recordScreening", "Recording a safety screening");
    const input = parseInput(recordScreeningInput, rawInput);
    const patient = await this.records.writablePatient(input.patientId);
    const actor = this.records.actor;
    const recordedAt = new Date();
    const { columns, stamps } = answerColumns(input, { ...actor, at: recordedAt.toISOString() });
    const screening = this.records.context.em.create(SafetyScreening, {
      id: crypto.randomUUID(),
      patientId: patient.id,
      ...columns,
      answers: stamps,
      recordedAt,
      recordedBySubject: actor.subject,
      recordedByName: actor.name,
      expiresAt: new Date(recordedAt.getTime() + (input.validForDays ?? defaultValidDays) * dayMs),
    } as SafetyScreening);
    this.records.audit(patient.id, "create", [`safetyScreening:${screening.id}`, ...Object.keys(stamps)]);
    await this.records.flush();
    return screening;
  }

  async amend(id: string, rawInput: unknown): Promise<SafetyScreening> {
    this.records.require("recordScreening", "Amending a safety screening");
    const input = parseInput(amendScreeningInput, rawInput);
    const screening = await this.store.findById(id);
    if (!screening) throw notFound("SafetyScreening", id);
    if (isExpired(screening)) throw conflict("This screening has expired; record a new one instead of amending it.");
    const { columns, stamps } = answerColumns(input, { ...this.records.actor, at: new Date().toISOString() });
    this.records.context.em.assign(screening, { ...columns, answers: { ...screening.answers, ...stamps } });
    this.records.audit(screening.patientId, "update", [`safetyScreening:${screening.id}`, ...Object.keys(stamps)]);
    await this.records.flush();
    return screening;
  }
}
