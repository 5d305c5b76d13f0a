import { graphql } from "../__generated__/gql.ts";

export const WaitlistEntryFieldsFragment = graphql(`
  fragment WaitlistEntryFields on WaitlistEntry {
    id
    earliest
    latest
    note
    addedAt
    addedBy
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
  }
`);

export const WaitlistQuery = graphql(`
  query Waitlist($from: Date!, $to: Date!) {
    waitlist(from: $from, to: $to) {
      ...WaitlistEntryFields
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

export const WaitlistWithoutNamesQuery = graphql(`
  query WaitlistWithoutNames($from: Date!, $to: Date!) {
    waitlist(from: $from, to: $to) {
      ...WaitlistEntryFields
    }
  }
`);

export const AddToWaitlistMutation = graphql(`
  mutation AddToWaitlist($input: AddToWaitlistInput!) {
    addToWaitlist(input: $input) {
      id
    }
  }
`);

export const RemoveFromWaitlistMutation = graphql(`
  mutation RemoveFromWaitlist($id: ID!) {
    removeFromWaitlist(id: $id) {
      id
    }
  }
`);
