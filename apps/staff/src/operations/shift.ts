import { graphql } from "../__generated__/gql.ts";

export const RosterQuery = graphql(`
  query Roster($from: Date!, $to: Date!, $first: Int, $after: String) {
    staffDirectory(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name {
          text
        }
        role
        shifts(from: $from, to: $to) {
          id
          startsAt
          endsAt
          modality
          location
          kind
        }
      }
    }
  }
`);

export const CoverageGapsQuery = graphql(`
  query CoverageGaps($from: Date!, $to: Date!) {
    coverageGaps(from: $from, to: $to) {
      modality
      startsAt
      endsAt
      hours
    }
    departmentHours {
      opensAtHour
      closesAtHour
      timeZone
    }
  }
`);

export const DepartmentHoursQuery = graphql(`
  query DepartmentHours {
    departmentHours {
      opensAtHour
      closesAtHour
      timeZone
    }
  }
`);

export const AssignShiftMutation = graphql(`
  mutation AssignShift($input: AssignShiftInput!) {
    assignShift(input: $input) {
      id
      startsAt
      endsAt
      modality
      location
      kind
      staffMember {
        id
        name {
          text
        }
      }
    }
  }
`);
