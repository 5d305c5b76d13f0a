import { graphql } from "../__generated__/gql.ts";

/** The equipment area's register: the devices a schedule or a booking is about. */
export const DevicesQuery = graphql(`
  query SchedulingDevices($modality: Modality, $kind: DeviceKind, $first: Int) {
    devices(modality: $modality, kind: $kind, first: $first) {
      nodes {
        id
        name
        modality
        status
        room
      }
    }
  }
`);

/** One week of several devices for the calendar: bookings, opening hours, and downtime from equipment. */
export const DeviceCalendarQuery = graphql(`
  query DeviceCalendar($modality: Modality!, $from: DateTime!, $to: DateTime!, $fromDay: Date!, $toDay: Date!) {
    devices(modality: $modality, kind: SCANNER, first: 50) {
      nodes {
        id
        name
        status
        appointments(from: $from, to: $to) {
          id
          status
          startsAt
          endsAt
          overbooked
          order {
            id
            accessionNumber
            procedure {
              name
            }
          }
        }
        openingHours(from: $fromDay, to: $toDay) {
          date
          open {
            startsAt
            endsAt
          }
          reserved {
            startsAt
            endsAt
            forPriority
            forGroup
          }
        }
      }
    }
    downtimeWindows(modality: $modality, from: $from, to: $to) {
      reason
      startsAt
      endsAt
      note
      device {
        id
      }
    }
  }
`);
