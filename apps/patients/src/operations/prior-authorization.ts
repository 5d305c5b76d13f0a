import { graphql } from "../__generated__/gql.ts";

export const PriorAuthorizationFieldsFragment = graphql(`
  fragment PriorAuthorizationFields on PriorAuthorization {
    id
    orderReference
    procedureCode
    payerReference
    status
    validFrom
    validUntil
    decisionNote
    requestedAt
    requestedBy {
      name
    }
    decidedAt
    decidedBy {
      name
    }
  }
`);

export const PatientPriorAuthorizationsQuery = graphql(`
  query PatientPriorAuthorizations($id: ID!) {
    patient(id: $id) {
      id
      priorAuthorizations {
        ...PriorAuthorizationFields
      }
    }
  }
`);

export const RequestPriorAuthorizationMutation = graphql(`
  mutation RequestPriorAuthorization($input: RequestPriorAuthorizationInput!) {
    requestPriorAuthorization(input: $input) {
      ...PriorAuthorizationFields
    }
  }
`);

export const RecordPriorAuthorizationDecisionMutation = graphql(`
  mutation RecordPriorAuthorizationDecision($id: ID!, $input: PriorAuthorizationDecisionInput!) {
    recordPriorAuthorizationDecision(id: $id, input: $input) {
      ...PriorAuthorizationFields
    }
  }
`);
