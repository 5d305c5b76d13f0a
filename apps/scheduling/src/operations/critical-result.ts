import { graphql } from "../__generated__/gql.ts";

export const CriticalFindingFieldsFragment = graphql(`
  fragment CriticalFindingFields on CriticalFinding {
    id
    category
    description
    urgency
    recordedAt
    recordedBy
    communicateBy
    overdue
    communication {
      at
      by
      to
      via
      readBackConfirmed
    }
    appointment {
      id
      startsAt
      order {
        id
        accessionNumber
        procedure {
          id
          name
        }
      }
    }
  }
`);

export const OpenCriticalFindingsQuery = graphql(`
  query OpenCriticalFindings($overdueOnly: Boolean) {
    openCriticalFindings(overdueOnly: $overdueOnly) {
      ...CriticalFindingFields
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

export const OpenCriticalFindingsWithoutNamesQuery = graphql(`
  query OpenCriticalFindingsWithoutNames($overdueOnly: Boolean) {
    openCriticalFindings(overdueOnly: $overdueOnly) {
      ...CriticalFindingFields
    }
  }
`);

export const CriticalResultLimitsQuery = graphql(`
  query CriticalResultLimits {
    criticalResultLimits {
      urgency
      minutes
      updatedAt
      updatedBy
    }
  }
`);

export const RecordCriticalFindingMutation = graphql(`
  mutation RecordCriticalFinding($input: RecordCriticalFindingInput!) {
    recordCriticalFinding(input: $input) {
      id
      communicateBy
    }
  }
`);

export const RecordFindingCommunicationMutation = graphql(`
  mutation RecordFindingCommunication($input: RecordFindingCommunicationInput!) {
    recordFindingCommunication(input: $input) {
      id
    }
  }
`);

export const SetCriticalResultLimitMutation = graphql(`
  mutation SetCriticalResultLimit($urgency: FindingUrgency!, $minutes: Int!) {
    setCriticalResultLimit(urgency: $urgency, minutes: $minutes) {
      urgency
      minutes
    }
  }
`);
