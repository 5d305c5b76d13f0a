/** Ids are UUIDs; anything else cannot name a record (and must not reach a uuid column). */
export { isRecordId as isUuid } from "@gantry/subgraph-kit/input-rules";
