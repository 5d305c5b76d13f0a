import { badUserInput, conflict, notFound } from "@gantry/subgraph-kit/errors";
import { parseInput } from "@gantry/subgraph-kit/validation";
import { requireSchedulingPermission } from "../../access.ts";
import type { SchedulingContext } from "../../context.ts";
import type { AppointmentChanges } from "../appointment/appointment.changes.ts";
import type { Appointment } from "../appointment/appointment.entity.ts";
import type { AppointmentStore } from "../appointment/appointment.store.ts";
import { recordAdministeredActivityInput } from "./exam-day.input.ts";

/** Modalities that give a radiopharmaceutical. */
const nuclearModalities = new Set(["nm", "pt"]);
const minuteMs = 60_000;

/**
 * What the technologist records about the exam beyond its steps. Nuclear medicine and PET: the
 * radiopharmaceutical and the activity given, in MBq, when — often at check-in, an uptake time before
 * the images. A correction replaces it, with the values before and after in the history.
 */
export class ExamNotesManager {
  private readonly context: SchedulingContext;
  private readonly store: AppointmentStore;
  private readonly changes: AppointmentChanges;

  constructor(context: SchedulingContext, store: AppointmentStore, changes: AppointmentChanges) {
    this.context = context;
    this.store = store;
    this.changes = changes;
  }

  async recordAdministeredActivity(rawInput: unknown): Promise<Appointment> {
    requireSchedulingPermission(this.context.identity, "performExams", "Recording the activity given");
    const input = parseInput(recordAdministeredActivityInput, rawInput);
    const [current] = await this.store.byIds([input.appointmentId]);
    if (!current) throw notFound("Appointment", input.appointmentId);
    const order = await this.context.orders.get(current.orderId);
    const procedure = order ? await this.context.procedures.get(order.procedureId) : null;
    if (!procedure || !nuclearModalities.has(procedure.modality))
      throw badUserInput(
        `${procedure?.name ?? "This exam"} is not nuclear medicine or PET; an administered activity is recorded only for those.`,
        [{ field: "input.appointmentId", message: "not a nuclear medicine or PET exam" }],
      );
    const now = new Date();
    const given = input.administeredAt ?? now;
    if (given.getTime() > now.getTime() + minuteMs)
      throw badUserInput("The activity cannot be given in the future.", [{ field: "input.administeredAt", message: "in the future" }]);
    return this.changes.change(input.appointmentId, (appointment) => {
      const underWay =
        appointment.status === "checked-in" || appointment.examStatus === "in-progress" || appointment.examStatus === "completed";
      if (!underWay || appointment.examStatus === "discontinued")
        throw conflict("The activity is recorded for a patient checked in, or an exam under way or done.");
      if (given.getTime() < appointment.startsAt.getTime() - 12 * 60 * minuteMs)
        throw badUserInput("The activity was given on the exam's day, not earlier.", [
          { field: "input.administeredAt", message: "before the exam's day" },
        ]);
      const before =
        appointment.administeredActivityMbq === null
          ? null
          : { radiopharmaceutical: appointment.radiopharmaceutical, activityMBq: appointment.administeredActivityMbq };
      appointment.radiopharmaceutical = input.radiopharmaceutical;
      appointment.administeredActivityMbq = input.activityMBq;
      appointment.activityAdministeredAt = given;
      appointment.activityRecordedBy = this.context.identity.name;
      return {
        action: "activity-administered",
        reason: before ? "Corrected" : null,
        changes: { activity: { from: before, to: { radiopharmaceutical: input.radiopharmaceutical, activityMBq: input.activityMBq } } },
      };
    });
  }
}
