import { graphql } from "../__generated__/gql.ts";

export const SchedulingPermissionsQuery = graphql(`
  query SchedulingPermissions {
    schedulingPermissions {
      action
      allowed
      who
    }
  }
`);
