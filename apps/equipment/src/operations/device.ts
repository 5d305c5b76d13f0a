import { graphql } from "../__generated__/gql.ts";

export const DevicesQuery = graphql(`
  query Devices($modality: Modality, $status: DeviceStatus, $kind: DeviceKind, $first: Int, $after: String) {
    devices(modality: $modality, status: $status, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        modality
        manufacturer
        model
        serialNumber
        room
        status
        safeToUse
      }
    }
  }
`);

export const DeviceQuery = graphql(`
  query Device($id: ID!, $from: DateTime!, $to: DateTime!) {
    device(id: $id) {
      id
      name
      kind
      modality
      manufacturer
      model
      serialNumber
      room
      installedOn
      endOfSupportOn
      status
      safeToUse
      maintenance {
        id
        kind
        startsAt
        endsAt
        vendor
        status
        completedAt
        notes
      }
      serviceContracts {
        id
        vendor
        coverage
        startsOn
        endsOn
        annualCost
        responseTimeHours
      }
    }
    downtimeWindows(deviceId: $id, from: $from, to: $to) {
      reason
      startsAt
      endsAt
      note
      maintenance {
        id
        kind
      }
    }
  }
`);
