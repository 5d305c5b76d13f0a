import { graphql } from "../__generated__/gql.ts";

export const AppointmentFieldsFragment = graphql(`
  fragment AppointmentFields on Appointment {
    id
    status
    startsAt
    endsAt
    minutes
    overbooked
    overbookReason
    holdExpiresAt
    bookedAt
    bookedBy
    viewerCanChange
    cancellation {
      reason
      note
      late
      at
      by
    }
    device {
      id
      name
    }
    technologist {
      id
      name {
        text
      }
    }
    order {
      id
      accessionNumber
      priority
      procedure {
        id
        name
        modality
      }
    }
    history {
      at
      by
      action
      fromStatus
      toStatus
      changes
      reason
    }
  }
`);

export const AppointmentQuery = graphql(`
  query Appointment($id: ID!) {
    appointment(id: $id) {
      ...AppointmentFields
      patient {
        id
        mrn
        name {
          text
        }
      }
    }
  }
`);

export const AppointmentWithoutNameQuery = graphql(`
  query AppointmentWithoutName($id: ID!) {
    appointment(id: $id) {
      ...AppointmentFields
      patient {
        id
      }
    }
  }
`);

export const BookAppointmentMutation = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      id
      status
    }
  }
`);

export const HoldSlotMutation = graphql(`
  mutation HoldSlot($input: HoldSlotInput!) {
    holdSlot(input: $input) {
      id
      holdExpiresAt
      startsAt
      device {
        id
      }
    }
  }
`);

export const ReleaseHoldMutation = graphql(`
  mutation ReleaseHold($appointmentId: ID!) {
    releaseHold(appointmentId: $appointmentId) {
      id
      status
    }
  }
`);

export const CancelAppointmentMutation = graphql(`
  mutation CancelAppointment($input: CancelAppointmentInput!) {
    cancelAppointment(input: $input) {
      id
      status
    }
  }
`);

export const RescheduleAppointmentMutation = graphql(`
  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {
    rescheduleAppointment(input: $input) {
      id
      startsAt
    }
  }
`);

/** Whether the Quality area takes incident reports from this person (its catalogue's reportIncidents). */
export const IncidentReportingQuery = graphql(`
  query IncidentReporting {
    qualityPermissions {
      action
      allowed
    }
  }
`);
