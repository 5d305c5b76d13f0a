import { graphql } from "../__generated__/gql.ts";

/** The patients area's front-desk search, through the same gateway. */
export const PatientLookupQuery = graphql(`
  query PatientLookup($filter: PatientSearch!, $first: Int) {
    searchPatients(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        mrn
        birthDate
        name {
          text
        }
      }
    }
  }
`);

/** What the patient already has here, so the front desk does not enter an order twice. */
export const PatientSchedulingQuery = graphql(`
  query PatientScheduling($id: ID!) {
    patient(id: $id) {
      id
      imagingOrders {
        id
        accessionNumber
        status
        priority
        orderedAt
        procedure {
          id
          name
        }
      }
      appointments {
        id
        status
        startsAt
        device {
          id
          name
        }
      }
    }
  }
`);
