import { graphql } from "../__generated__/gql.ts";

export const {{area.pascal}}PermissionsQuery = graphql(`
  query {{area.pascal}}Permissions {
    {{area.camel}}Permissions {
      action
      allowed
    }
  }
`);
