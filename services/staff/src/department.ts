import { departmentTimeZone } from "@gantry/subgraph-kit/department-clock";

/**
 * Department hours: the hours a modality must have a credentialed technologist on shift.
 * Gantry assumes 07:00–19:00 every day of the week, on the department's clock (GANTRY_TIME_ZONE,
 * shared by every area). Outside these hours on-call covers.
 */
export const departmentHours = {
  opensAtHour: 7,
  closesAtHour: 19,
  get timeZone(): string {
    return departmentTimeZone();
  },
};

export { addDays, daysBetween } from "@gantry/calendar/calendar";
export { departmentToday, startOfDepartmentDay } from "@gantry/subgraph-kit/department-clock";
