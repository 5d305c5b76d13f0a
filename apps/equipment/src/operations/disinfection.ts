import { graphql } from "../__generated__/gql.ts";

export const ProbeStatusQuery = graphql(`
  query ProbeStatus($probeId: ID!) {
    probeDisinfectionStatus(probeId: $probeId) {
      safeToUse
      lastUsedAt
      reason
      probe {
        id
        name
        model
        serialNumber
        room
        status
      }
      lastPassingDisinfection {
        id
        performedAt
      }
    }
    disinfectionLog(probeId: $probeId, first: 50) {
      id
      method
      performedAt
      result
      notes
      disinfectantLot {
        id
        lotNumber
      }
      performedBy {
        id
        name {
          text
        }
      }
    }
  }
`);

/** Who can be named as having disinfected a probe: the staff area's directory. */
export const StaffOptionsQuery = graphql(`
  query DisinfectionStaffOptions {
    staffDirectory(first: 100) {
      nodes {
        id
        name {
          text
        }
        role
      }
    }
  }
`);

export const DisinfectantLotsQuery = graphql(`
  query DisinfectantLots {
    inventoryItems(category: DISINFECTANT) {
      id
      name
      lots {
        id
        lotNumber
        expiresOn
        onHand
      }
    }
  }
`);

export const LogDisinfectionMutation = graphql(`
  mutation LogDisinfection($input: LogDisinfectionInput!) {
    logDisinfection(input: $input) {
      id
      result
      performedBy {
        id
        name {
          text
        }
      }
    }
  }
`);
