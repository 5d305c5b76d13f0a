import { graphql } from "../__generated__/gql.ts";

export const CoverageFieldsFragment = graphql(`
  fragment CoverageFields on Coverage {
    id
    payer
    memberId
    groupNumber
    plan
    subscriberRelation
    status
    period {
      start
      end
    }
    verificationOutcome
    verificationNote
    verifiedAt
    verifiedBy {
      name
    }
    recordedBy {
      name
    }
    createdAt
  }
`);

export const PatientCoveragesQuery = graphql(`
  query PatientCoverages($id: ID!) {
    patient(id: $id) {
      id
      coverages {
        ...CoverageFields
      }
    }
  }
`);

export const AddCoverageMutation = graphql(`
  mutation AddCoverage($input: AddCoverageInput!) {
    addCoverage(input: $input) {
      ...CoverageFields
    }
  }
`);

export const UpdateCoverageMutation = graphql(`
  mutation UpdateCoverage($id: ID!, $input: UpdateCoverageInput!) {
    updateCoverage(id: $id, input: $input) {
      ...CoverageFields
    }
  }
`);

export const VerifyCoverageMutation = graphql(`
  mutation VerifyCoverage($id: ID!, $outcome: CoverageVerificationOutcome!, $note: String) {
    verifyCoverage(id: $id, outcome: $outcome, note: $note) {
      ...CoverageFields
    }
  }
`);
