import { graphql } from "../__generated__/gql.ts";

export const KpiTargetFieldsFragment = graphql(`
  fragment KpiTargetFields on KpiTarget {
    id
    kpi
    value
    unit
    comparison
    priority
    patientClass
    modality
    effectiveFrom
    note
    createdBy
  }
`);

export const KpiTargetsQuery = graphql(`
  query KpiTargets($asOf: Date) {
    kpiTargets(asOf: $asOf) {
      ...KpiTargetFields
    }
    kpiDefinitions {
      kpi
      unit
      comparison
      definition
    }
  }
`);

export const SetKpiTargetMutation = graphql(`
  mutation SetKpiTarget($input: SetKpiTargetInput!) {
    setKpiTarget(input: $input) {
      ...KpiTargetFields
    }
  }
`);
