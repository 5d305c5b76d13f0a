import { graphql } from "../__generated__/gql.ts";

export const FindSlotsQuery = graphql(`
  query FindSlots($search: SlotSearch!, $first: Int) {
    findSlots(search: $search, first: $first) {
      startsAt
      endsAt
      reserved
      device {
        id
        name
      }
      technologists {
        id
        name {
          text
        }
      }
    }
  }
`);

export const NextAvailableSlotQuery = graphql(`
  query NextAvailableSlot($procedureId: ID!, $priority: OrderPriority, $from: Date) {
    nextAvailableSlot(procedureId: $procedureId, priority: $priority, from: $from) {
      startsAt
      endsAt
      device {
        id
        name
      }
    }
  }
`);
