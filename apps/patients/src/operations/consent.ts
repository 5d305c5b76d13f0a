import { graphql } from "../__generated__/gql.ts";

export const ConsentFieldsFragment = graphql(`
  fragment ConsentFields on Consent {
    id
    kind
    status
    orderReference
    signedAt
    signedBy {
      name
      relationship
    }
    recordedAt
    recordedBy {
      name
    }
    revokedAt
    revokedBy {
      name
    }
    revocationReason
  }
`);

export const PatientConsentsQuery = graphql(`
  query PatientConsents($id: ID!) {
    patient(id: $id) {
      id
      consents {
        ...ConsentFields
      }
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      ...ConsentFields
    }
  }
`);

export const RevokeConsentMutation = graphql(`
  mutation RevokeConsent($id: ID!, $reason: String!) {
    revokeConsent(id: $id, reason: $reason) {
      ...ConsentFields
    }
  }
`);
