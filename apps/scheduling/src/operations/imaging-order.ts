import { graphql } from "../__generated__/gql.ts";

// Orders are read twice over: with the patient's name and MRN (the patients area's PHI), and
// without, for when that area refuses them (the screens then say "hidden" instead of failing).

export const QueueOrderFieldsFragment = graphql(`
  fragment QueueOrderFields on ImagingOrder {
    id
    accessionNumber
    priority
    status
    orderedAt
    triagedAt
    procedure {
      id
      code
      name
      modality
    }
  }
`);

export const OrderQueueQuery = graphql(`
  query OrderQueue($filter: OrderQueueFilter, $first: Int, $after: String) {
    orderQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...QueueOrderFields
        patient {
          id
          mrn
          name {
            text
          }
        }
      }
    }
  }
`);

export const OrderQueueWithoutNamesQuery = graphql(`
  query OrderQueueWithoutNames($filter: OrderQueueFilter, $first: Int, $after: String) {
    orderQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...QueueOrderFields
      }
    }
  }
`);

export const OrderByAccessionQuery = graphql(`
  query OrderByAccession($accessionNumber: String!) {
    imagingOrderByAccession(accessionNumber: $accessionNumber) {
      id
    }
  }
`);

export const OrderFieldsFragment = graphql(`
  fragment OrderFields on ImagingOrder {
    id
    accessionNumber
    placerOrderNumber
    fillerOrderNumber
    priority
    patientClass
    status
    laterality
    protocol
    holdReason
    notes
    requiresPriorAuthorization
    priorAuthorizationOverrideReason
    triagedAt
    triagedBy
    orderedAt
    orderedBy
    viewerCanTriage
    viewerCanBook
    waitlistEntries {
      id
      earliest
      latest
      note
      addedAt
      addedBy
    }
    referringProvider {
      name
      npi
    }
    reason {
      code
      text
    }
    procedure {
      id
      code
      name
      modality
      defaultMinutes
      screenings
      consentRequired
      priorAuthRequired
    }
    appointments {
      id
      status
      startsAt
      endsAt
      device {
        id
      }
    }
  }
`);

export const OrderQuery = graphql(`
  query Order($id: ID!) {
    imagingOrder(id: $id) {
      ...OrderFields
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

export const OrderWithoutNameQuery = graphql(`
  query OrderWithoutName($id: ID!) {
    imagingOrder(id: $id) {
      ...OrderFields
      patient {
        id
      }
    }
  }
`);

export const PlaceOrderMutation = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
      accessionNumber
    }
  }
`);

export const TriageOrderMutation = graphql(`
  mutation TriageOrder($input: TriageOrderInput!) {
    triageOrder(input: $input) {
      id
    }
  }
`);

export const HoldOrderMutation = graphql(`
  mutation HoldOrder($input: HoldOrderInput!) {
    holdOrder(input: $input) {
      id
    }
  }
`);

export const ReleaseOrderMutation = graphql(`
  mutation ReleaseOrder($orderId: ID!) {
    releaseOrder(orderId: $orderId) {
      id
    }
  }
`);

export const RevokeOrderMutation = graphql(`
  mutation RevokeOrder($input: RevokeOrderInput!) {
    revokeOrder(input: $input) {
      id
    }
  }
`);

export const OverridePriorAuthorizationMutation = graphql(`
  mutation OverridePriorAuthorization($input: PriorAuthorizationOverrideInput!) {
    overridePriorAuthorization(input: $input) {
      id
    }
  }
`);
