import type { Appointment } from "../appointment/appointment.entity.ts";

export type ExamStage =
  | "held"
  | "booked"
  | "arrived"
  | "checked-in"
  | "in-progress"
  | "completed"
  | "discontinued"
  | "preliminary"
  | "final"
  | "distributed"
  | "no-show"
  | "cancelled"
  | "left-without-being-seen"
  | "entered-in-error"
  | "waitlist";

type StageFields = Pick<Appointment, "status" | "examStatus" | "reportStatus" | "reportDistributedAt" | "cancellationReason">;

/** The one place the exam's stage is read from its stamps: the board, the worklists and the rules agree. */
export function stageOf(appointment: StageFields): ExamStage {
  if (appointment.reportDistributedAt) return "distributed";
  if (appointment.reportStatus) return appointment.reportStatus;
  if (appointment.examStatus) return appointment.examStatus;
  switch (appointment.status) {
    case "proposed":
      return "held";
    case "pending":
    case "booked":
      return "booked";
    case "noshow":
      return "no-show";
    case "cancelled":
      return appointment.cancellationReason === "left-without-being-seen" ? "left-without-being-seen" : "cancelled";
    case "fulfilled":
      return "completed";
    default:
      return appointment.status;
  }
}

const minutesBetween = (from: Date | null | undefined, to: Date | null | undefined): number | null =>
  from && to ? Math.round((to.getTime() - from.getTime()) / 60_000) : null;
const lateness = (planned: Date, actual: Date | null | undefined): number | null => {
  const minutes = minutesBetween(planned, actual);
  return minutes === null ? null : Math.max(0, minutes);
};

/** The intervals the department measures, straight from the appointment's (and its order's) timestamps. */
export function intervalsOf(appointment: Appointment, orderedAt: Date | null) {
  const examEnded = appointment.examStatus === "completed" || appointment.examStatus === "discontinued" ? appointment.examEndedAt : null;
  return {
    orderToExamMinutes: minutesBetween(orderedAt, appointment.examStartedAt),
    waitMinutes: minutesBetween(appointment.arrivedAt, appointment.examStartedAt),
    examMinutes: minutesBetween(appointment.examStartedAt, examEnded),
    turnaroundMinutes: appointment.examStatus === "completed" ? minutesBetween(appointment.examEndedAt, appointment.reportFinalAt) : null,
    startedLateMinutes: lateness(appointment.startsAt, appointment.examStartedAt),
    ranOverMinutes: lateness(appointment.endsAt, examEnded),
  };
}
