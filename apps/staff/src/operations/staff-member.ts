import { graphql } from "../__generated__/gql.ts";

export const StaffSummaryFragment = graphql(`
  fragment StaffSummary on StaffMember {
    id
    employeeId
    name {
      family
      given
      text
    }
    role
    modalities
    active
  }
`);

export const StaffDirectoryQuery = graphql(`
  query StaffDirectory($search: String, $role: StaffRole, $modality: Modality, $first: Int, $after: String) {
    staffDirectory(search: $search, role: $role, modality: $modality, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StaffSummary
      }
    }
  }
`);

export const StaffMemberQuery = graphql(`
  query StaffMember($id: ID!) {
    staffMember(id: $id) {
      ...StaffSummary
      npi
      signInLinked
      credentials {
        ...CredentialDetails
      }
      competencies {
        id
        modality
        examType
        assessedBy
        assessedOn
        result
        nextDueOn
      }
      continuingEducation {
        id
        title
        category
        credits
        completedOn
      }
      ceStatus {
        bienniumStart
        bienniumEnd
        creditsEarned
        creditsRequired
        creditsRemaining
        compliant
      }
    }
  }
`);

export const LinkSignInAccountMutation = graphql(`
  mutation LinkSignInAccount($id: ID!, $subject: String) {
    linkSignInAccount(staffMemberId: $id, signInSubject: $subject) {
      id
      signInLinked
    }
  }
`);
