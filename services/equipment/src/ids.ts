/** Record ids are the kit's: UUIDs everywhere. */
export { isRecordId, recordId } from "@gantry/subgraph-kit/input-rules";

/** Day-based questions default to today on the department's calendar (GANTRY_TIME_ZONE). */
export { departmentToday as today } from "@gantry/subgraph-kit/department-clock";
export { addDays } from "@gantry/calendar/calendar";
