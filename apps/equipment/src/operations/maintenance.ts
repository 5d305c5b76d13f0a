import { graphql } from "../__generated__/gql.ts";

export const MaintenanceCalendarQuery = graphql(`
  query MaintenanceCalendar($asOf: DateTime!, $withinDays: Int!) {
    maintenanceDue(asOf: $asOf, withinDays: $withinDays) {
      ...MaintenanceWindow
    }
    maintenanceOverdue {
      ...MaintenanceWindow
    }
  }

  fragment MaintenanceWindow on Maintenance {
    id
    kind
    startsAt
    endsAt
    vendor
    status
    completedAt
    notes
    device {
      id
      name
      modality
      room
    }
  }
`);

export const ScheduleMaintenanceMutation = graphql(`
  mutation ScheduleMaintenance($input: ScheduleMaintenanceInput!) {
    scheduleMaintenance(input: $input) {
      id
      startsAt
      device {
        id
        name
      }
    }
  }
`);

export const CompleteMaintenanceMutation = graphql(`
  mutation CompleteMaintenance($maintenanceId: ID!) {
    completeMaintenance(maintenanceId: $maintenanceId) {
      id
      status
      completedAt
    }
  }
`);
