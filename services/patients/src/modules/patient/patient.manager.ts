import { randomUUID } from "node:crypto";
import { requireScope } from "@gantry/subgraph-kit/authorization";
import { patientMerged } from "@gantry/subgraph-kit/events/patient-events";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { badUserInput, conflict, notFound } from "@gantry/subgraph-kit/errors";
import { pageRequest, toPage, type Page } from "@gantry/subgraph-kit/pagination";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { requirePatientsPermission } from "../../access.ts";
import type { AccessLogStore } from "@gantry/subgraph-kit/access-log/access-log.store";
import { Patient } from "./patient.entity.ts";
import {
  mergeReason,
  mrn as mrnRule,
  patientSearch,
  registerPatientInput,
  updatePatientInput,
  type RegisterPatientInput,
  type UpdatePatientInput,
} from "./patient.input.ts";
import type { PatientLoaders } from "./patient.loader.ts";
import type { PatientStore } from "./patient.store.ts";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";

type ContactFields = Pick<
  RegisterPatientInput,
  "middleName" | "phone" | "email" | "address" | "preferredLanguage" | "interpreterNeeded" | "emergencyContact"
>;

/** Maps validated contact input onto entity columns; only keys present in the input are touched. */
function contactColumns(input: Partial<ContactFields>): Partial<Patient> {
  const columns: Partial<Patient> = {};
  if (input.middleName !== undefined) columns.middleName = input.middleName ?? null;
  if (input.phone !== undefined) columns.phone = input.phone ?? null;
  if (input.email !== undefined) columns.email = input.email ?? null;
  if (input.preferredLanguage !== undefined) columns.preferredLanguage = input.preferredLanguage ?? null;
  if (input.interpreterNeeded !== undefined) columns.interpreterNeeded = input.interpreterNeeded ?? false;
  if (input.address !== undefined) {
    columns.addressLine = input.address?.line ?? null;
    columns.city = input.address?.city ?? null;
    columns.region = input.address?.region ?? null;
    columns.postalCode = input.address?.postalCode ?? null;
    columns.country = input.address?.country ?? null;
  }
  if (input.emergencyContact !== undefined) {
    columns.emergencyContactName = input.emergencyContact?.name ?? null;
    columns.emergencyContactPhone = input.emergencyContact?.phone ?? null;
    columns.emergencyContactRelationship = input.emergencyContact?.relationship ?? null;
  }
  return columns;
}

/** The rules of the patient record: who may do what, what is valid, what gets audited. */
export class PatientManager {
  private readonly context: SubgraphContext;
  private readonly store: PatientStore;
  private readonly loaders: PatientLoaders;
  private readonly accessLog: AccessLogStore;

  constructor(context: SubgraphContext, store: PatientStore, loaders: PatientLoaders, accessLog: AccessLogStore) {
    this.context = context;
    this.store = store;
    this.loaders = loaders;
    this.accessLog = accessLog;
  }

  private audit(patientId: string, action: "create" | "update" | "merge", fields: string[]): void {
    const { identity, requestId, purpose } = this.context;
    this.accessLog.recordWrite({ identity, requestId, purpose, patientId, action, fields });
  }

  async get(id: string): Promise<Patient | null> {
    if (!isRecordId(id)) return null;
    return this.loaders.byId.load(id);
  }

  async getOrFail(id: string): Promise<Patient> {
    const patient = await this.get(id);
    if (!patient) throw notFound("Patient", id);
    return patient;
  }

  async getByMrn(value: string): Promise<Patient | null> {
    const parsed = mrnRule.safeParse(value);
    if (!parsed.success)
      throw badUserInput(`"${value}" is not a valid MRN.`, [{ field: "mrn", message: parsed.error.issues[0]?.message ?? "invalid" }]);
    return this.loaders.byMrn.load(parsed.data);
  }

  /** `patient(id)`: a reader's lookup, recorded in the access log even when no PHI field is asked for. */
  async lookUp(id: string): Promise<Patient | null> {
    this.requireLookUp();
    const patient = await this.get(id);
    if (patient) this.context.phiReads.record(patient.id, "id");
    return patient;
  }

  /** `patientByMrn`: maps an MRN to a record, so it is a read of that patient's MRN. */
  async lookUpByMrn(mrn: string): Promise<Patient | null> {
    this.requireLookUp();
    return this.findByMrnAsRead(mrn);
  }

  /**
   * The gateway's entity lookup for another area. By id it reveals nothing (id is not PHI); by
   * MRN it maps the MRN to a record, which needs phi:read and is logged like `patientByMrn`.
   */
  async resolveReference(reference: { id: string } | { mrn: string }): Promise<Patient | null> {
    if ("id" in reference) return this.get(reference.id);
    // Not a catalogue action: another area resolving a reference, for any caller holding phi:read.
    requireScope(this.context.identity, "phi:read", "a patient by MRN");
    return this.findByMrnAsRead(reference.mrn);
  }

  private requireLookUp(): void {
    requirePatientsPermission(this.context.identity, "lookUpPatients", "Looking up a patient");
  }

  private async findByMrnAsRead(mrn: string): Promise<Patient | null> {
    const patient = await this.getByMrn(mrn);
    if (patient) this.context.phiReads.record(patient.id, "mrn");
    return patient;
  }

  async search(filter: unknown, args: { first?: number | null; after?: string | null }): Promise<Page<Patient>> {
    requirePatientsPermission(this.context.identity, "lookUpPatients", "Patient search");
    const search = parseInput(patientSearch, filter, "filter");
    const page = pageRequest(args);
    const { nodes, totalCount } = await this.store.search(search, page);
    for (const patient of nodes) this.loaders.byId.prime(patient.id, patient);
    return toPage(nodes, totalCount, page);
  }

  async register(rawInput: unknown): Promise<Patient> {
    requirePatientsPermission(this.context.identity, "registerAndEditPatients", "Registering a patient");
    const input = parseInput(registerPatientInput, rawInput);
    const em = this.context.em;
    // Check and insert in one transaction, behind a lock on this person, so that twenty desks
    // registering the same person at once give one record and nineteen CONFLICTs.
    await em.begin();
    try {
      await this.store.holdRegistrationsOf(input.familyName, input.givenName, input.birthDate);
      if (!input.confirmNotDuplicate) await this.refuseLikelyDuplicate(input);
      const patient = em.create(Patient, {
        id: randomUUID(),
        mrn: input.mrn ?? (await this.store.nextMrn()),
        familyName: input.familyName,
        givenName: input.givenName,
        birthDate: input.birthDate,
        administrativeSex: input.administrativeSex,
        interpreterNeeded: false,
        active: true,
        ...contactColumns(input),
      } as Patient);
      this.audit(
        patient.id,
        "create",
        Object.keys(input).filter((key) => key !== "confirmNotDuplicate"),
      );
      await em.commit();
      return patient;
    } catch (error) {
      await em.rollback();
      // Only a given MRN can collide: assigned ones come from a sequence.
      if (error instanceof UniqueConstraintViolationException)
        throw conflict(input.mrn ? `MRN ${input.mrn} is already in use.` : "The registration conflicts with another record.");
      throw error;
    }
  }

  private async refuseLikelyDuplicate(input: RegisterPatientInput): Promise<void> {
    const duplicates = await this.store.findLikelyDuplicates(input.familyName, input.givenName, input.birthDate);
    if (duplicates.length === 0) return;
    throw conflict(
      `A patient named ${input.givenName} ${input.familyName} born ${input.birthDate} is already registered (MRN ${duplicates.map((d) => d.mrn).join(", ")}). Open that record, or register again with confirmNotDuplicate if this is a different person.`,
    );
  }

  async update(id: string, rawInput: unknown): Promise<Patient> {
    requirePatientsPermission(this.context.identity, "registerAndEditPatients", "Editing a patient");
    const input: UpdatePatientInput = parseInput(updatePatientInput, rawInput);
    const patient = await this.getOrFail(id);
    if (patient.mergedIntoId) throw conflict(`Patient ${patient.mrn} was merged into another record; edit the surviving record.`);
    const changes: Partial<Patient> = { ...contactColumns(input) };
    if (input.familyName !== undefined) changes.familyName = input.familyName;
    if (input.givenName !== undefined) changes.givenName = input.givenName;
    if (input.birthDate !== undefined) changes.birthDate = input.birthDate;
    if (input.administrativeSex !== undefined) changes.administrativeSex = input.administrativeSex;
    if (input.active !== undefined) changes.active = input.active;
    this.context.em.assign(patient, changes);
    this.audit(patient.id, "update", Object.keys(input));
    await this.flush("The update conflicts with another record.");
    return patient;
  }

  /**
   * Marks the duplicate as merged into the survivor; `moveRecords` re-files the other modules'
   * records and `patient.merged` tells the other areas. All of it commits together or not at all.
   */
  async merge(
    survivorId: string,
    duplicateId: string,
    rawReason: unknown,
    moveRecords: (fromId: string, toId: string, reason: string) => Promise<void>,
  ): Promise<Patient> {
    requirePatientsPermission(this.context.identity, "mergePatients", "Merging patients");
    const reason = parseInput(mergeReason, rawReason, "reason");
    if (survivorId === duplicateId)
      throw badUserInput("A patient cannot be merged into itself.", [{ field: "duplicateId", message: "same as survivorId" }]);
    const [survivor, duplicate] = await Promise.all([this.getOrFail(survivorId), this.getOrFail(duplicateId)]);
    refuseMergedParticipant(survivor, duplicate, survivor.mergedIntoId, duplicate.mergedIntoId);
    const em = this.context.em;
    // Explicit transaction on the request's own EntityManager, so the moves, the flag and the trail share it.
    await em.begin();
    try {
      // Crossed merges (A into B while B goes into A) both passed the check above; the row locks
      // make the second wait for the first and then see what it did.
      const locked = new Map((await this.store.lockForMerge(survivor.id, duplicate.id)).map((row) => [row.id, row.merged_into_id]));
      refuseMergedParticipant(survivor, duplicate, locked.get(survivor.id), locked.get(duplicate.id), " just now");
      await moveRecords(duplicate.id, survivor.id, reason);
      duplicate.mergedIntoId = survivor.id;
      duplicate.active = false;
      // The reason and the other record stay in the merge trail (PHI); the log only says what was written.
      this.audit(duplicate.id, "merge", ["active", "mergeHistory", "mergedInto"]);
      this.audit(survivor.id, "merge", ["mergeHistory"]);
      // Other areas re-file what they hold under the duplicate; the event commits with the merge or not at all.
      await this.context.events.publish(patientMerged, {
        survivorId: survivor.id,
        duplicateId: duplicate.id,
        mergedAt: new Date().toISOString(),
      });
      await em.commit();
    } catch (error) {
      await em.rollback();
      if (error instanceof UniqueConstraintViolationException)
        throw conflict(`Patient ${duplicate.mrn} was merged by someone else just now.`);
      throw error;
    }
    return survivor;
  }

  private async flush(conflictMessage: string): Promise<void> {
    try {
      await this.context.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict(conflictMessage);
      throw error;
    }
  }
}

/** A merged record can neither absorb another nor be merged again. */
function refuseMergedParticipant(
  survivor: Patient,
  duplicate: Patient,
  survivorMergedInto: string | null | undefined,
  duplicateMergedInto: string | null | undefined,
  when = "",
): void {
  if (survivorMergedInto)
    throw conflict(`Patient ${survivor.mrn} was itself merged into another record${when}; merge into its surviving record.`);
  if (duplicateMergedInto) throw conflict(`Patient ${duplicate.mrn} was already merged into another record${when}.`);
}
