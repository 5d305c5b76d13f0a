import { graphql } from "../__generated__/gql.ts";

export const SafetyScreeningFieldsFragment = graphql(`
  fragment SafetyScreeningFields on SafetyScreening {
    id
    pregnancyStatus
    contrastAllergy
    priorContrastReactions
    latexAllergy
    mriSafety {
      pacemaker
      implants
      implantDetails
      metalFragments
      claustrophobia
    }
    egfr
    egfrMeasuredOn
    weightKg
    answers {
      question
      answeredAt
      answeredBy {
        name
      }
    }
    alerts
    recordedAt
    recordedBy {
      name
    }
    expiresAt
    isExpired
  }
`);

export const PatientSafetyScreeningsQuery = graphql(`
  query PatientSafetyScreenings($id: ID!) {
    patient(id: $id) {
      id
      currentSafetyScreening {
        ...SafetyScreeningFields
      }
      safetyScreenings {
        ...SafetyScreeningFields
      }
    }
  }
`);

export const RecordScreeningMutation = graphql(`
  mutation RecordScreening($input: RecordScreeningInput!) {
    recordScreening(input: $input) {
      ...SafetyScreeningFields
    }
  }
`);

export const AmendScreeningMutation = graphql(`
  mutation AmendScreening($id: ID!, $input: AmendScreeningInput!) {
    amendScreening(id: $id, input: $input) {
      ...SafetyScreeningFields
    }
  }
`);
