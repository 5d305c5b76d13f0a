import { departmentTimeZone } from "@gantry/subgraph-kit/department-clock";
import { dateIn } from "@gantry/calendar/calendar";
import type { SchedulingContext } from "../../context.ts";
import type { ImagingOrder } from "../imaging-order/imaging-order.entity.ts";
import type { Procedure } from "../procedure/procedure.entity.ts";
import { blocker, type Blocker } from "./blocker.ts";
import { deviceBlockers } from "./device-rules.ts";
import { patientBlockers } from "./patient-rules.ts";
import { blocksInTheWay } from "./reserved-blocks.ts";
import { technologistBlockers } from "./technologist-rules.ts";

export interface BookingRequest {
  order: ImagingOrder;
  procedure: Procedure;
  deviceId: string;
  technologistId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Every rule a booking must meet, from this area and the three it asks through the gateway (in
 * parallel, never their tables). An area that does not answer fails the check closed: the booking
 * is refused with AREA_UNAVAILABLE naming it, since a safety rule unchecked is a rule broken.
 */
export class BookingRules {
  private readonly context: SchedulingContext;
  constructor(context: SchedulingContext) {
    this.context = context;
  }

  async check(request: BookingRequest): Promise<Blocker[]> {
    const { order, procedure, deviceId, technologistId, startsAt, endsAt } = request;
    const day = dateIn(startsAt, departmentTimeZone());
    const modality = procedure.modality;
    const [local, device, technologist, patient] = await Promise.all([
      this.schedulingBlockers(request, day),
      deviceBlockers(this.context.areas, { deviceId, modality, startsAt, endsAt }),
      technologistId ? technologistBlockers(this.context.areas, { technologistId, modality, day, startsAt, endsAt }) : Promise.resolve([]),
      patientBlockers(this.context.areas, {
        patientId: order.patientId,
        procedure,
        requiresPriorAuth: order.requiresPriorAuth,
        startsAt,
        day,
      }),
    ]);
    return [...local, ...device.blockers, ...technologist, ...patient];
  }

  private async schedulingBlockers(request: BookingRequest, day: string): Promise<Blocker[]> {
    const { order, procedure, deviceId, startsAt, endsAt } = request;
    const blockers: Blocker[] = [];
    if (order.status !== "active")
      blockers.push(
        blocker(
          "ORDER_NOT_ACTIVE",
          "scheduling",
          `Order ${order.accessionNumber} is ${order.status}; only active orders are booked.`,
          false,
        ),
      );
    if (procedure.retiredAt)
      blockers.push(blocker("PROCEDURE_RETIRED", "scheduling", `${procedure.name} is retired from the catalogue.`, false));
    const hours = (await this.context.schedules.hoursOf([deviceId], day, day)).get(deviceId) ?? { open: [], reserved: [] };
    if (!hours.open.some((period) => period.startsAt <= startsAt && period.endsAt >= endsAt))
      blockers.push(blocker("OUTSIDE_HOURS", "scheduling", "The slot is outside the device's opening hours.", true));
    if (blocksInTheWay(hours.reserved, { startsAt, endsAt }, order.priority, procedure.procedureGroup ?? null).length > 0)
      blockers.push(
        blocker(
          "RESERVED_BLOCK",
          "scheduling",
          `The slot is reserved for more urgent exams or another procedure group; this order is ${order.priority}.`,
          true,
        ),
      );
    return blockers;
  }
}
