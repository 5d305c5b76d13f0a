import { randomUUID } from "node:crypto";
import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import { SqlState, conflictOnViolation } from "@gantry/subgraph-kit/database-errors";
import { conflict, notFound } from "@gantry/subgraph-kit/errors";
import { isRecordId } from "@gantry/subgraph-kit/input-rules";
import { pageRequest, toPage, type Page } from "@gantry/subgraph-kit/pagination";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireSchedulingPermission } from "../../access.ts";
import { Procedure, type ProcedureDuration } from "./procedure.entity.ts";
import {
  addProcedureInput,
  catalogueSearch,
  consistentProcedure,
  procedureCode,
  procedureDurationInput,
  retireProcedureInput,
  updateProcedureInput,
} from "./procedure.input.ts";
import { changedColumns, mergedForRules, newProcedureColumns } from "./procedure.columns.ts";
import type { ProcedureLoaders } from "./procedure.loader.ts";
import type { ProcedureStore } from "./procedure.store.ts";

/** The catalogue's rules: who may read and change it, what a valid procedure is, and that retired ones stay put. */
export class ProcedureManager {
  private readonly context: SubgraphContext;
  private readonly store: ProcedureStore;
  private readonly loaders: ProcedureLoaders;

  constructor(context: SubgraphContext, store: ProcedureStore, loaders: ProcedureLoaders) {
    this.context = context;
    this.store = store;
    this.loaders = loaders;
  }

  /** Entry point for a query or the gateway's entity lookup: checks the caller may read the catalogue. */
  async get(id: string): Promise<Procedure | null> {
    requireSchedulingPermission(this.context.identity, "readCatalogue", "Reading the procedure catalogue");
    return this.load(id);
  }

  async getByCode(code: string): Promise<Procedure | null> {
    requireSchedulingPermission(this.context.identity, "readCatalogue", "Reading the procedure catalogue");
    const parsed = procedureCode.safeParse(code);
    const procedure = parsed.success ? await this.store.findByCode(parsed.data) : null;
    if (procedure) this.loaders.byId.prime(procedure.id, procedure);
    return procedure;
  }

  async list(args: {
    search?: string | null;
    modality?: string | null;
    includeRetired?: boolean | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Page<Procedure>> {
    requireSchedulingPermission(this.context.identity, "readCatalogue", "The procedure catalogue");
    const filter = parseInput(
      catalogueSearch,
      { search: args.search, modality: args.modality, includeRetired: args.includeRetired },
      "arguments",
    );
    const page = pageRequest(args, 50);
    const { nodes, totalCount } = await this.store.search(
      { search: filter.search ?? null, modality: filter.modality ?? null, includeRetired: filter.includeRetired ?? false },
      page,
    );
    for (const procedure of nodes) this.loaders.byId.prime(procedure.id, procedure);
    return toPage(nodes, totalCount, page);
  }

  /**
   * The procedure, retired or not, without a permission check: other modules call it for rules of
   * their own actions (an integration placing an order may not read the catalogue). Batched.
   */
  async load(id: string): Promise<Procedure | null> {
    return isRecordId(id) ? this.loaders.byId.load(id) : null;
  }

  /** The procedure, retired or not; NOT_FOUND when there is none. Batched. Callers check `retiredAt`. */
  async loadOrFail(id: string): Promise<Procedure> {
    const procedure = await this.load(id);
    if (!procedure) throw notFound("Procedure", id);
    return procedure;
  }

  /** The procedure's own device durations, batched over every procedure of the response. */
  durationsOf(procedureId: string): Promise<ProcedureDuration[]> {
    return this.loaders.durations.load(procedureId);
  }

  /** Minutes the procedure takes on each device: the device's own duration, else the procedure's default. One query. */
  async durationsOn(procedure: Procedure, deviceIds: readonly string[]): Promise<Map<string, number>> {
    // An id that is not a UUID names no device here; asking PostgreSQL about it would only fail the query.
    const askable = [...new Set(deviceIds)].filter(isRecordId);
    const rows = askable.length > 0 ? await this.store.durationsOn(procedure.id, askable) : [];
    const own = new Map(rows.map((row) => [row.deviceId, row.minutes]));
    return new Map(deviceIds.map((deviceId) => [deviceId, own.get(deviceId) ?? procedure.defaultMinutes]));
  }

  async add(rawInput: unknown): Promise<Procedure> {
    requireSchedulingPermission(this.context.identity, "manageCatalogue", "Adding procedures");
    const input = parseInput(addProcedureInput, rawInput);
    const columns = newProcedureColumns(input);
    parseInput(consistentProcedure, columns);
    const who = this.context.identity.name;
    const procedure = this.context.em.create(Procedure, {
      id: randomUUID(),
      ...columns,
      retiredAt: null,
      retiredBy: null,
      retiredReason: null,
      createdBy: who,
      updatedBy: who,
    });
    await this.saving(input.code, () => this.context.em.flush());
    return procedure;
  }

  async update(id: string, rawInput: unknown): Promise<Procedure> {
    requireSchedulingPermission(this.context.identity, "manageCatalogue", "Editing procedures");
    const input = parseInput(updateProcedureInput, rawInput);
    const changes = changedColumns(input);
    const procedure = await this.saving(input.code, () =>
      this.context.em.transactional(async (em) => {
        const locked = await this.lockLive(em, id);
        parseInput(consistentProcedure, mergedForRules(locked, changes));
        if (Object.keys(changes).length > 0) em.assign(locked, { ...changes, updatedBy: this.context.identity.name });
        return locked;
      }),
    );
    this.loaders.byId.clear(procedure.id).prime(procedure.id, procedure);
    return procedure;
  }

  /** Retiring twice is a CONFLICT naming when and by whom, so a second click cannot hide who did it first. */
  async retire(id: string, rawReason: unknown): Promise<Procedure> {
    requireSchedulingPermission(this.context.identity, "manageCatalogue", "Retiring procedures");
    const { reason } = parseInput(retireProcedureInput, { reason: rawReason }, "arguments");
    const who = this.context.identity.name;
    const procedure = await this.context.em.transactional(async (em) => {
      const locked = await this.lockLive(em, id);
      em.assign(locked, { retiredAt: new Date(), retiredBy: who, retiredReason: reason, updatedBy: who });
      return locked;
    });
    this.loaders.byId.clear(procedure.id).prime(procedure.id, procedure);
    return procedure;
  }

  async setDuration(procedureId: string, rawInput: { deviceId: unknown; minutes: unknown }): Promise<Procedure> {
    requireSchedulingPermission(this.context.identity, "manageCatalogue", "Setting procedure durations");
    const input = parseInput(procedureDurationInput, rawInput, "arguments");
    const procedure = await this.liveOrFail(procedureId);
    await this.store.setDuration(procedure.id, input.deviceId, input.minutes);
    this.loaders.durations.clear(procedure.id);
    return procedure;
  }

  async clearDuration(procedureId: string, rawDeviceId: unknown): Promise<Procedure> {
    requireSchedulingPermission(this.context.identity, "manageCatalogue", "Clearing procedure durations");
    const { deviceId } = parseInput(procedureDurationInput.pick({ deviceId: true }), { deviceId: rawDeviceId }, "arguments");
    const procedure = await this.liveOrFail(procedureId);
    await this.store.clearDuration(procedure.id, deviceId);
    this.loaders.durations.clear(procedure.id);
    return procedure;
  }

  private async lockLive(em: SubgraphContext["em"], id: string): Promise<Procedure> {
    const procedure = isRecordId(id) ? await this.store.lock(em, id) : null;
    return this.refuseRetired(procedure, id);
  }

  private async liveOrFail(id: string): Promise<Procedure> {
    return this.refuseRetired(await this.load(id), id);
  }

  // A retired procedure is kept as the orders placed with it saw it.
  private refuseRetired(procedure: Procedure | null, id: string): Procedure {
    if (!procedure) throw notFound("Procedure", id);
    if (procedure.retiredAt)
      throw conflict(
        `${procedure.code} was retired on ${procedure.retiredAt.toISOString()} by ${procedure.retiredBy ?? "someone"}; it no longer changes.`,
      );
    return procedure;
  }

  /** Runs a write; a taken code is a CONFLICT in the department's words. */
  private saving<T>(code: string | undefined, write: () => Promise<T>): Promise<T> {
    return conflictOnViolation(write, [
      {
        sqlState: SqlState.UniqueViolation,
        constraint: "procedure_code_key",
        message: `Procedure code ${code ?? ""} is already in the catalogue.`,
      },
    ]);
  }
}
