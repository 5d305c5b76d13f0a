import { graphql } from "../__generated__/gql.ts";

export const PatientSummaryFragment = graphql(`
  fragment PatientSummary on Patient {
    id
    mrn
    name {
      family
      given
      middle
      text
    }
    birthDate
    administrativeSex
    active
    mergedInto {
      id
      mrn
    }
  }
`);

export const PatientDetailsFragment = graphql(`
  fragment PatientDetails on Patient {
    ...PatientSummary
    phone
    email
    address {
      line
      city
      region
      postalCode
      country
    }
    preferredLanguage
    interpreterNeeded
    emergencyContact {
      name
      phone
      relationship
    }
    createdAt
    updatedAt
  }
`);

export const SearchPatientsQuery = graphql(`
  query SearchPatients($filter: PatientSearch!, $first: Int, $after: String) {
    searchPatients(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PatientSummary
      }
    }
  }
`);

export const PatientQuery = graphql(`
  query Patient($id: ID!) {
    patient(id: $id) {
      ...PatientDetails
    }
  }
`);

export const RegisterPatientMutation = graphql(`
  mutation RegisterPatient($input: RegisterPatientInput!) {
    registerPatient(input: $input) {
      ...PatientDetails
    }
  }
`);

export const UpdatePatientMutation = graphql(`
  mutation UpdatePatient($id: ID!, $input: UpdatePatientInput!) {
    updatePatient(id: $id, input: $input) {
      ...PatientDetails
    }
  }
`);
