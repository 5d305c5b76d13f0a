import type { AccessLogContext } from "@gantry/subgraph-kit/access-log/access-log.module";
import type { AppointmentManager } from "./modules/appointment/appointment.manager.ts";
import type { AppointmentStore } from "./modules/appointment/appointment.store.ts";
import type { SlotFinder } from "./modules/slot-finder/slot-finder.ts";
import type { WaitlistManager } from "./modules/waitlist/waitlist.manager.ts";
import type { BookingRules } from "./modules/booking-rules/booking-rules.ts";
import type { ImagingOrderManager } from "./modules/imaging-order/imaging-order.manager.ts";
import type { ProcedureManager } from "./modules/procedure/procedure.manager.ts";
import type { ScheduleManager } from "./modules/schedule/schedule.manager.ts";
import type { ExamDayManager } from "./modules/exam-day/exam-day.manager.ts";
import type { ExamNotesManager } from "./modules/exam-day/exam-notes.manager.ts";
import type { CriticalResultManager } from "./modules/critical-result/critical-result.manager.ts";
// pnpm gen module adds its imports above this line.

/** The scheduling subgraph's request context: the kit's base plus what its modules provide (built on first use). */
export interface SchedulingContext extends AccessLogContext {
  procedures: ProcedureManager;
  schedules: ScheduleManager;
  orders: ImagingOrderManager;
  appointments: AppointmentManager;
  bookingRules: BookingRules;
  /** Taken and free time, for the slot finder (its reads are its callers' to permit). */
  appointmentTime: AppointmentStore;
  slots: SlotFinder;
  waitlist: WaitlistManager;
  examDay: ExamDayManager;
  examNotes: ExamNotesManager;
  criticalResults: CriticalResultManager;
  // pnpm gen module adds its manager above this line.
}
