import { graphql } from "../__generated__/gql.ts";

export const ProcedureFieldsFragment = graphql(`
  fragment ProcedureFields on Procedure {
    id
    code
    cptCode
    name
    modality
    bodyPart
    lateralityRequired
    defaultMinutes
    preparation
    contrast
    contrastAgent
    screenings
    consentRequired
    priorAuthRequired
    workloadWeight
    reportDueHours {
      routine
      urgent
      asap
      stat
    }
    procedureGroup
    retired
    retiredAt
    retiredBy
    updatedAt
    updatedBy
  }
`);

export const ProceduresQuery = graphql(`
  query Procedures($search: String, $modality: Modality, $includeRetired: Boolean, $first: Int, $after: String) {
    procedures(search: $search, modality: $modality, includeRetired: $includeRetired, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ProcedureFields
      }
    }
  }
`);

export const ProcedureQuery = graphql(`
  query Procedure($id: ID!) {
    procedure(id: $id) {
      ...ProcedureFields
      createdAt
      createdBy
      durations {
        minutes
        device {
          id
          name
        }
      }
    }
  }
`);

export const AddProcedureMutation = graphql(`
  mutation AddProcedure($input: AddProcedureInput!) {
    addProcedure(input: $input) {
      id
    }
  }
`);

export const UpdateProcedureMutation = graphql(`
  mutation UpdateProcedure($id: ID!, $input: UpdateProcedureInput!) {
    updateProcedure(id: $id, input: $input) {
      id
    }
  }
`);

export const RetireProcedureMutation = graphql(`
  mutation RetireProcedure($id: ID!, $reason: String!) {
    retireProcedure(id: $id, reason: $reason) {
      id
      retired
    }
  }
`);

export const SetProcedureDurationMutation = graphql(`
  mutation SetProcedureDuration($procedureId: ID!, $deviceId: ID!, $minutes: Int!) {
    setProcedureDuration(procedureId: $procedureId, deviceId: $deviceId, minutes: $minutes) {
      id
    }
  }
`);

export const ClearProcedureDurationMutation = graphql(`
  mutation ClearProcedureDuration($procedureId: ID!, $deviceId: ID!) {
    clearProcedureDuration(procedureId: $procedureId, deviceId: $deviceId) {
      id
    }
  }
`);
