import { SqlState, type ViolationMessage } from "@gantry/subgraph-kit/database-errors";

/** What each exclusion constraint means to the person booking. */
export const doubleBooking: readonly ViolationMessage[] = [
  {
    sqlState: SqlState.ExclusionViolation,
    constraint: "appointment_device_free",
    message: "The device is already booked or held for part of this time. Choose another slot (or overbook, with a reason).",
  },
  {
    sqlState: SqlState.ExclusionViolation,
    constraint: "appointment_technologist_free",
    message: "The technologist already has an exam during part of this time. Choose another technologist or slot.",
  },
  {
    sqlState: SqlState.ExclusionViolation,
    constraint: "appointment_patient_free",
    message: "The patient already has an appointment during part of this time.",
  },
];
