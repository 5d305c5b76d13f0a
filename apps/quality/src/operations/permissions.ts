import { graphql } from "../__generated__/gql.ts";

export const QualityPermissionsQuery = graphql(`
  query QualityPermissions {
    qualityPermissions {
      action
      allowed
    }
  }
`);
