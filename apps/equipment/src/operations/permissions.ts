import { graphql } from "../__generated__/gql.ts";

export const EquipmentPermissionsQuery = graphql(`
  query EquipmentPermissions {
    equipmentPermissions {
      action
      allowed
    }
  }
`);
