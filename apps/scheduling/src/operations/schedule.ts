import { graphql } from "../__generated__/gql.ts";

export const DeviceScheduleQuery = graphql(`
  query DeviceSchedule($id: ID!, $from: Date!, $to: Date!, $weekFrom: DateTime!, $weekTo: DateTime!) {
    device(id: $id) {
      id
      name
      modality
      status
      bookedMinutes(from: $weekFrom, to: $weekTo)
      weeklyHours {
        id
        weekday
        opens
        closes
        validFrom
        validTo
        createdBy
      }
      scheduleExceptions(from: $from, to: $to) {
        id
        date
        closed
        opens
        closes
        reason
        createdBy
      }
      reservedBlocks {
        id
        weekday
        starts
        ends
        forPriority
        forGroup
        validFrom
        validTo
        createdBy
      }
    }
  }
`);

export const SetWeeklyHoursMutation = graphql(`
  mutation SetWeeklyHours($deviceId: ID!, $validFrom: Date!, $hours: [WeeklyHoursInterval!]!) {
    setWeeklyHours(deviceId: $deviceId, validFrom: $validFrom, hours: $hours) {
      id
    }
  }
`);

export const AddScheduleExceptionMutation = graphql(`
  mutation AddScheduleException($input: AddScheduleExceptionInput!) {
    addScheduleException(input: $input) {
      id
    }
  }
`);

export const RemoveScheduleExceptionMutation = graphql(`
  mutation RemoveScheduleException($id: ID!) {
    removeScheduleException(id: $id) {
      id
    }
  }
`);

export const AddReservedBlockMutation = graphql(`
  mutation AddReservedBlock($input: AddReservedBlockInput!) {
    addReservedBlock(input: $input) {
      id
    }
  }
`);

export const RemoveReservedBlockMutation = graphql(`
  mutation RemoveReservedBlock($id: ID!) {
    removeReservedBlock(id: $id) {
      id
    }
  }
`);
