import { graphql } from "../__generated__/gql.ts";

export const PriorStudyRequestFieldsFragment = graphql(`
  fragment PriorStudyRequestFields on PriorStudyRequest {
    id
    facility
    studiesDescription
    status
    requestedAt
    requestedBy {
      name
    }
    receivedAt
    receivedBy {
      name
    }
    note
  }
`);

export const PatientPriorStudyRequestsQuery = graphql(`
  query PatientPriorStudyRequests($id: ID!) {
    patient(id: $id) {
      id
      priorStudyRequests {
        ...PriorStudyRequestFields
      }
    }
  }
`);

export const RequestPriorStudiesMutation = graphql(`
  mutation RequestPriorStudies($input: RequestPriorStudiesInput!) {
    requestPriorStudies(input: $input) {
      ...PriorStudyRequestFields
    }
  }
`);

export const MarkPriorStudiesReceivedMutation = graphql(`
  mutation MarkPriorStudiesReceived($id: ID!, $note: String) {
    markPriorStudiesReceived(id: $id, note: $note) {
      ...PriorStudyRequestFields
    }
  }
`);

export const ClosePriorStudyRequestMutation = graphql(`
  mutation ClosePriorStudyRequest($id: ID!, $status: PriorStudyRequestStatus!, $note: String) {
    closePriorStudyRequest(id: $id, status: $status, note: $note) {
      ...PriorStudyRequestFields
    }
  }
`);
