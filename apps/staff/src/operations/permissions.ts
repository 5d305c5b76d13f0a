import { graphql } from "../__generated__/gql.ts";

export const StaffPermissionsQuery = graphql(`
  query StaffPermissions {
    staffPermissions {
      action
      allowed
    }
  }
`);
