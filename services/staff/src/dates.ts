/** Calendar-date rules are the kit's, shared by every area. */
export { calendarDate, pastOrToday } from "@gantry/subgraph-kit/input-rules";
