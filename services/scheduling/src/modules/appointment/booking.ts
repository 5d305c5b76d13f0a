import { blocked, forbidden } from "@gantry/subgraph-kit/errors";
import { describeGrants, isPermitted } from "@gantry/auth/permissions";
import type { SchedulingContext } from "../../context.ts";
import { schedulingPermissions, type SchedulingAction } from "../../permissions.ts";
import type { Blocker } from "../booking-rules/blocker.ts";
import type { ImagingOrder } from "../imaging-order/imaging-order.entity.ts";
import type { Procedure } from "../procedure/procedure.entity.ts";

export interface PlannedSlot {
  order: ImagingOrder;
  procedure: Procedure;
  deviceId: string;
  technologistId: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface Override {
  code: string;
  reason: string;
}

/** The order, its procedure and the slot's end (the procedure's minutes on that device). */
export async function planSlot(
  context: SchedulingContext,
  request: { orderId: string; deviceId: string; technologistId?: string | null; startsAt: Date },
): Promise<PlannedSlot> {
  const order = await context.orders.loadOrFail(request.orderId);
  const procedure = await context.procedures.loadOrFail(order.procedureId);
  const minutes = (await context.procedures.durationsOn(procedure, [request.deviceId])).get(request.deviceId) ?? procedure.defaultMinutes;
  const endsAt = new Date(request.startsAt.getTime() + minutes * 60_000);
  return {
    order,
    procedure,
    deviceId: request.deviceId,
    technologistId: request.technologistId ?? null,
    startsAt: request.startsAt,
    endsAt,
  };
}

/**
 * Checks every booking rule; what remains must each be overridable and overridden (by someone the
 * catalogue allows, with a reason). Returns the overrides used, for the history and the audit.
 */
export async function clearBlockers(
  context: SchedulingContext,
  slot: PlannedSlot,
  overrides: readonly Override[],
  options: { notApplying?: readonly string[]; doing?: string; overrideWith?: SchedulingAction } = {},
): Promise<Override[]> {
  const permission = schedulingPermissions[options.overrideWith ?? "overrideBookingRules"];
  if (overrides.length > 0 && !isPermitted(context.identity, permission))
    throw forbidden(`Overriding this rule is limited to: ${describeGrants(permission)}. Go ahead without the override or ask one of them.`);
  const blockers = (await context.bookingRules.check(slot)).filter((found) => !options.notApplying?.includes(found.code));
  const given = new Map(overrides.map((override) => [override.code, override]));
  const standing = blockers.filter((found) => !(found.overridable && given.has(found.code)));
  if (standing.length > 0)
    throw blocked(
      summary(standing, options.doing ?? "This booking"),
      blockers.map((found) => ({ ...found, overridden: !standing.includes(found) })),
    );
  return blockers.flatMap((found) => {
    const used = given.get(found.code);
    return used ? [used] : [];
  });
}

function summary(standing: readonly Blocker[], doing: string): string {
  const first = standing[0]?.message ?? "";
  return standing.length === 1 ? `${doing} is blocked: ${first}` : `${doing} is blocked by ${standing.length} rules, first: ${first}`;
}
