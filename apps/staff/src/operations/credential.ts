import { graphql } from "../__generated__/gql.ts";

export const CredentialDetailsFragment = graphql(`
  fragment CredentialDetails on Credential {
    id
    kind
    number
    issuer
    issuedOn
    expiresOn
    verification
    verifiedBy
    verifiedAt
    qualifiesFor
  }
`);

export const CredentialsExpiringQuery = graphql(`
  query CredentialsExpiring($withinDays: Int!, $includeExpired: Boolean) {
    credentialsExpiring(withinDays: $withinDays, includeExpired: $includeExpired) {
      daysLeft
      band
      credential {
        ...CredentialDetails
      }
      staffMember {
        id
        employeeId
        role
        name {
          text
        }
      }
    }
  }
`);

export const AddCredentialMutation = graphql(`
  mutation AddCredential($input: AddCredentialInput!) {
    addCredential(input: $input) {
      ...CredentialDetails
    }
  }
`);

export const RenewCredentialMutation = graphql(`
  mutation RenewCredential($id: ID!, $input: RenewCredentialInput!) {
    renewCredential(id: $id, input: $input) {
      ...CredentialDetails
    }
  }
`);

export const RecordCredentialVerificationMutation = graphql(`
  mutation RecordCredentialVerification($id: ID!, $outcome: VerificationOutcome!) {
    recordCredentialVerification(id: $id, outcome: $outcome) {
      ...CredentialDetails
    }
  }
`);
