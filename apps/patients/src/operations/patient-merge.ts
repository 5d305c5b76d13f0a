import { graphql } from "../__generated__/gql.ts";

export const PatientByMrnQuery = graphql(`
  query PatientByMrn($mrn: String!) {
    patientByMrn(mrn: $mrn) {
      ...PatientSummary
    }
  }
`);

export const MergeHistoryQuery = graphql(`
  query MergeHistory($id: ID!) {
    patient(id: $id) {
      id
      mergeHistory {
        id
        reason
        mergedAt
        mergedBy {
          name
        }
        survivor {
          id
          mrn
        }
        duplicate {
          id
          mrn
        }
        movedRecords {
          coverages
          priorAuthorizations
          safetyScreenings
          consents
          priorStudyRequests
        }
      }
    }
  }
`);

export const MergePatientsMutation = graphql(`
  mutation MergePatients($survivorId: ID!, $duplicateId: ID!, $reason: String!) {
    mergePatients(survivorId: $survivorId, duplicateId: $duplicateId, reason: $reason) {
      ...PatientDetails
    }
  }
`);
